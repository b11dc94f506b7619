using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OmbudsmanDeterminedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OmbudsmanFinding",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OmbudsmanOrders",
                table: "Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OmbudsmanRecordedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OmbudsmanRecordedById",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceImprovement",
                table: "Cases",
                type: "TEXT",
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
