using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsBot.Cases.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCaseStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BotState",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotState", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ConversationReferences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ChannelUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReferenceJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Blocked = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationReferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceCounters",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceCounters", x => new { x.Prefix, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "Staff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    LineManagerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Seniority = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Staff_Staff_LineManagerId",
                        column: x => x.LineManagerId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PolicyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CategoryId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CurrentStage = table.Column<int>(type: "INTEGER", nullable: true),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CustomerIsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    CustomerTenancyReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CustomerRelationship = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RepresentativeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RepresentativeKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RepresentativeConsentRecorded = table.Column<bool>(type: "INTEGER", nullable: true),
                    Vulnerability = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReasonableAdjustments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssueOccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CustomerAwareOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    DesiredOutcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ServiceArea = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    SafeguardingConcern = table.Column<bool>(type: "INTEGER", nullable: false),
                    HealthAndSafetyConcern = table.Column<bool>(type: "INTEGER", nullable: false),
                    StaffPraised = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalationWindowExtended = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Staff_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordedById = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    OpenedCase = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseContacts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseContacts_Staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseStages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CustomerContactedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ResponseReasons = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    Remedy = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Compensation = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    OutstandingActions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    EscalationRequestedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStages_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseStages_Staff_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExclusionDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExclusionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Applies = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedById = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ExplanationGiven = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExclusionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExclusionDecisions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExclusionDecisions_Staff_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StageExtensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StageId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CustomerAgreed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedById = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageExtensions_CaseStages_StageId",
                        column: x => x.StageId,
                        principalTable: "CaseStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StageExtensions_Staff_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StageExtensions_Staff_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CaseId_At",
                table: "AuditEntries",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseContacts_CaseId_At",
                table: "CaseContacts",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseContacts_RecordedById",
                table: "CaseContacts",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OwnerId",
                table: "Cases",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReceivedAt",
                table: "Cases",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Reference",
                table: "Cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_PolicyId",
                table: "Cases",
                columns: new[] { "Status", "PolicyId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStages_CaseId_Number",
                table: "CaseStages",
                columns: new[] { "CaseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseStages_OwnerId",
                table: "CaseStages",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_ChannelId_ChannelUserId_ConversationId",
                table: "ConversationReferences",
                columns: new[] { "ChannelId", "ChannelUserId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_UserAadObjectId",
                table: "ConversationReferences",
                column: "UserAadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ExclusionDecisions_CaseId",
                table: "ExclusionDecisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ExclusionDecisions_DecidedById",
                table: "ExclusionDecisions",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_Staff_AadObjectId",
                table: "Staff",
                column: "AadObjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Staff_LineManagerId",
                table: "Staff",
                column: "LineManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_StageExtensions_DecidedById",
                table: "StageExtensions",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_StageExtensions_Decision",
                table: "StageExtensions",
                column: "Decision");

            migrationBuilder.CreateIndex(
                name: "IX_StageExtensions_RequestedById",
                table: "StageExtensions",
                column: "RequestedById");

            migrationBuilder.CreateIndex(
                name: "IX_StageExtensions_StageId",
                table: "StageExtensions",
                column: "StageId");

            // The audit trail is append-only in the database too, not only through CasesDbContext.SaveChanges
            // (ExecuteUpdate, ExecuteDelete and raw SQL bypass it). A PostgreSQL migration needs its own trigger.
            // A later SQLite migration that rebuilds AuditEntries drops these triggers and must recreate them.
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql(
                    "CREATE TRIGGER AuditEntries_refuse_update BEFORE UPDATE ON AuditEntries " +
                    "BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: entries cannot be changed.'); END;");
                migrationBuilder.Sql(
                    "CREATE TRIGGER AuditEntries_refuse_delete BEFORE DELETE ON AuditEntries " +
                    "BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: entries cannot be deleted.'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BotState");

            migrationBuilder.DropTable(
                name: "CaseContacts");

            migrationBuilder.DropTable(
                name: "ConversationReferences");

            migrationBuilder.DropTable(
                name: "ExclusionDecisions");

            migrationBuilder.DropTable(
                name: "ReferenceCounters");

            migrationBuilder.DropTable(
                name: "StageExtensions");

            migrationBuilder.DropTable(
                name: "CaseStages");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Staff");
        }
    }
}
