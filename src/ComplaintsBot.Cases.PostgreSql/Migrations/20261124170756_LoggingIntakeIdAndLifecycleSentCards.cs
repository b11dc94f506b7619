using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintsBot.Cases.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LoggingIntakeIdAndLifecycleSentCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "IntakeId",
                table: "Cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SentCardMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExtensionId = table.Column<int>(type: "integer", nullable: true),
                    ConversationId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    ReferenceJson = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentCardMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentCardMessages_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_IntakeId",
                table: "Cases",
                column: "IntakeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentCardMessages_CaseId_Kind_ConversationId_ActivityId",
                table: "SentCardMessages",
                columns: new[] { "CaseId", "Kind", "ConversationId", "ActivityId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SentCardMessages");

            migrationBuilder.DropIndex(
                name: "IX_Cases_IntakeId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "IntakeId",
                table: "Cases");
        }
    }
}
