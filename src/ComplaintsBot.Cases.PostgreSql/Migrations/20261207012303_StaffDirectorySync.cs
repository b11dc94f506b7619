using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class StaffDirectorySync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "DirectoryRoles",
                table: "Staff",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]"); // existing staff have read no roles from the directory yet

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DirectorySyncedAt",
                table: "Staff",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "Staff",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DirectoryRoles",
                table: "Staff");

            migrationBuilder.DropColumn(
                name: "DirectorySyncedAt",
                table: "Staff");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "Staff");
        }
    }
}
