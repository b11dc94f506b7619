using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintEnding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EndingDecidedById",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndingDeciderRole",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EndingEndedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndingNeedsConsidered",
                table: "Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndingReasons",
                table: "Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndingResponse",
                table: "Cases",
                type: "TEXT",
                maxLength: 16000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndingDecidedById",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EndingDeciderRole",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EndingEndedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EndingNeedsConsidered",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EndingReasons",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EndingResponse",
                table: "Cases");
        }
    }
}
