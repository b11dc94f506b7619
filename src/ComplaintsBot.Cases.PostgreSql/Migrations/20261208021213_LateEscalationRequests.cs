using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintsBot.Cases.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LateEscalationRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LateEscalationRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    RequestedById = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextOwnerId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CustomerReason = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    LateReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DeciderRole = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecidedById = table.Column<int>(type: "integer", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LateEscalationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LateEscalationRequests_CaseStages_StageId",
                        column: x => x.StageId,
                        principalTable: "CaseStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LateEscalationRequests_Staff_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LateEscalationRequests_Staff_NextOwnerId",
                        column: x => x.NextOwnerId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LateEscalationRequests_Staff_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LateEscalationRequests_DecidedById",
                table: "LateEscalationRequests",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_LateEscalationRequests_Decision",
                table: "LateEscalationRequests",
                column: "Decision");

            migrationBuilder.CreateIndex(
                name: "IX_LateEscalationRequests_NextOwnerId",
                table: "LateEscalationRequests",
                column: "NextOwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_LateEscalationRequests_RequestedById",
                table: "LateEscalationRequests",
                column: "RequestedById");

            migrationBuilder.CreateIndex(
                name: "IX_LateEscalationRequests_StageId",
                table: "LateEscalationRequests",
                column: "StageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LateEscalationRequests");
        }
    }
}
