using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RemindersDeadlineIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseDeadlines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Due = table.Column<long>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Provisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextReminderAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDeadlines_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeadlineKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Window = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Due = table.Column<long>(type: "INTEGER", nullable: true),
                    RecipientStaffId = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseDeadlines_CaseId",
                table: "CaseDeadlines",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDeadlines_Due",
                table: "CaseDeadlines",
                column: "Due");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDeadlines_NextReminderAt",
                table: "CaseDeadlines",
                column: "NextReminderAt");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_Key",
                table: "Reminders",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_MessageId",
                table: "Reminders",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_State_NotBefore",
                table: "Reminders",
                columns: new[] { "State", "NotBefore" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseDeadlines");

            migrationBuilder.DropTable(
                name: "Reminders");
        }
    }
}
