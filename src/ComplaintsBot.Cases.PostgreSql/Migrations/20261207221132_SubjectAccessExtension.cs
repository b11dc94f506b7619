using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SubjectAccessExtension : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExtendedAt",
                table: "SubjectAccessRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtendedBy",
                table: "SubjectAccessRequests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExtendedByMonths",
                table: "SubjectAccessRequests",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtendedDueOn",
                table: "SubjectAccessRequests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "SubjectAccessRequests",
                type: "character varying(16000)",
                maxLength: 16000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtensionToldOn",
                table: "SubjectAccessRequests",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExtendedAt",
                table: "SubjectAccessRequests");

            migrationBuilder.DropColumn(
                name: "ExtendedBy",
                table: "SubjectAccessRequests");

            migrationBuilder.DropColumn(
                name: "ExtendedByMonths",
                table: "SubjectAccessRequests");

            migrationBuilder.DropColumn(
                name: "ExtendedDueOn",
                table: "SubjectAccessRequests");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "SubjectAccessRequests");

            migrationBuilder.DropColumn(
                name: "ExtensionToldOn",
                table: "SubjectAccessRequests");
        }
    }
}
