using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CompensationApprovals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompensationApprovals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StageId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    Remedy = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OutstandingActions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ApproverRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApproverId = table.Column<int>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApprovedAmount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    DecidedById = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationApprovals_CaseStages_StageId",
                        column: x => x.StageId,
                        principalTable: "CaseStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompensationApprovals_Staff_ApproverId",
                        column: x => x.ApproverId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompensationApprovals_Staff_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompensationApprovals_Staff_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompensationApprovals_ApproverId",
                table: "CompensationApprovals",
                column: "ApproverId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationApprovals_DecidedById",
                table: "CompensationApprovals",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationApprovals_Decision",
                table: "CompensationApprovals",
                column: "Decision");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationApprovals_RequestedById",
                table: "CompensationApprovals",
                column: "RequestedById");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationApprovals_StageId",
                table: "CompensationApprovals",
                column: "StageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompensationApprovals");
        }
    }
}
