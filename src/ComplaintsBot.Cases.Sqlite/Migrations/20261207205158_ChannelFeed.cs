using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChannelFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeedChannels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ChannelName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TeamName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferenceJson = table.Column<string>(type: "TEXT", nullable: false),
                    Current = table.Column<int>(type: "INTEGER", nullable: true),
                    AfterCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SetAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StoppedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedChannels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChannelFeedMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FeedId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeadlineKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Due = table.Column<long>(type: "INTEGER", nullable: true),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    NotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    ShownVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    RecheckAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelFeedMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelFeedMessages_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChannelFeedMessages_FeedChannels_FeedId",
                        column: x => x.FeedId,
                        principalTable: "FeedChannels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelFeedMessages_ActivityId_NotBefore",
                table: "ChannelFeedMessages",
                columns: new[] { "ActivityId", "NotBefore" });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelFeedMessages_CaseId_DeadlineKind_Due",
                table: "ChannelFeedMessages",
                columns: new[] { "CaseId", "DeadlineKind", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelFeedMessages_FeedId_CaseId_Key",
                table: "ChannelFeedMessages",
                columns: new[] { "FeedId", "CaseId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedChannels_ChannelId_ConversationId",
                table: "FeedChannels",
                columns: new[] { "ChannelId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedChannels_Current",
                table: "FeedChannels",
                column: "Current",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelFeedMessages");

            migrationBuilder.DropTable(
                name: "FeedChannels");
        }
    }
}
