using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintsBot.Cases.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChannelId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    ChannelName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TeamName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReferenceJson = table.Column<string>(type: "text", nullable: false),
                    Current = table.Column<int>(type: "integer", nullable: true),
                    AfterCaseId = table.Column<int>(type: "integer", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StoppedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedChannels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChannelFeedMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FeedId = table.Column<int>(type: "integer", nullable: false),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeadlineKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Due = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ActivityId = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    NotBefore = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ClaimedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ShownVersion = table.Column<int>(type: "integer", nullable: true),
                    RecheckAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
