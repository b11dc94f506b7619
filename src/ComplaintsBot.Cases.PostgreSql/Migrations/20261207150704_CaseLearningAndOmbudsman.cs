using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CaseLearningAndOmbudsman : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Learning",
                table: "Cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OmbudsmanDeterminedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OmbudsmanFinding",
                table: "Cases",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OmbudsmanOrders",
                table: "Cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OmbudsmanRecordedAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OmbudsmanRecordedById",
                table: "Cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceImprovement",
                table: "Cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Learning",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OmbudsmanDeterminedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OmbudsmanFinding",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OmbudsmanOrders",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OmbudsmanRecordedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OmbudsmanRecordedById",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ServiceImprovement",
                table: "Cases");
        }
    }
}
