using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseRetentionAndLegalHold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AnonymisedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerAlias",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HomeAlias",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LegalHold",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AnonymisedAt_ClosedAt",
                table: "Cases",
                columns: new[] { "AnonymisedAt", "ClosedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AnonymisedAt_ClosedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CustomerAlias",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HomeAlias",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LegalHold",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Cases");
        }
    }
}
