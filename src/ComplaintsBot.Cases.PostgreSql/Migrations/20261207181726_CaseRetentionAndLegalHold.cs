using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CaseRetentionAndLegalHold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnonymisedAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerAlias",
                table: "Cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HomeAlias",
                table: "Cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LegalHold",
                table: "Cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Cases",
                type: "character varying(4000)",
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
