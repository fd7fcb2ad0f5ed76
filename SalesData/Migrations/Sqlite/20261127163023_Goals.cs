using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesCoach.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Goals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "goals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerKind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Relevance = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ParentGoalId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReplacesGoalId = table.Column<long>(type: "INTEGER", nullable: true),
                    SetById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DraftChannelUserId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "goal_revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GoalId = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    Relevance = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goal_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_goal_revisions_goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_goal_revisions_GoalId_Revision",
                table: "goal_revisions",
                columns: new[] { "GoalId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_goals_DraftChannelUserId_Status",
                table: "goals",
                columns: new[] { "DraftChannelUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_goals_OwnerKind_OwnerId_Status",
                table: "goals",
                columns: new[] { "OwnerKind", "OwnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_goals_TeamId_Status",
                table: "goals",
                columns: new[] { "TeamId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "goal_revisions");

            migrationBuilder.DropTable(
                name: "goals");
        }
    }
}
