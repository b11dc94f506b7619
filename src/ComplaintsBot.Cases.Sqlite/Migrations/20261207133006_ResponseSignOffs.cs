using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ResponseSignOffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ResponseSignOffs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StageId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    Remedy = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Compensation = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    OutstandingActions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SignOffRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedById = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseSignOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseSignOffs_CaseStages_StageId",
                        column: x => x.StageId,
                        principalTable: "CaseStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResponseSignOffs_Staff_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResponseSignOffs_Staff_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ResponseSignOffs_DecidedById",
                table: "ResponseSignOffs",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_ResponseSignOffs_Decision",
                table: "ResponseSignOffs",
                column: "Decision");

            migrationBuilder.CreateIndex(
                name: "IX_ResponseSignOffs_RequestedById",
                table: "ResponseSignOffs",
                column: "RequestedById");

            migrationBuilder.CreateIndex(
                name: "IX_ResponseSignOffs_StageId",
                table: "ResponseSignOffs",
                column: "StageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ResponseSignOffs");
        }
    }
}
