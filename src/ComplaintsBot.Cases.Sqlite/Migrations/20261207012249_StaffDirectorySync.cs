using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StaffDirectorySync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DirectoryRoles",
                table: "Staff",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<long>(
                name: "DirectorySyncedAt",
                table: "Staff",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "Staff",
                type: "TEXT",
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
