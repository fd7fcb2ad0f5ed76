using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SalesCoach.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SalesModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_teams_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "regions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RegionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ManagerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Locale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TeamsAadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SourceSystem = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_users_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "regions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_users_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_users_users_ManagerId",
                        column: x => x.ManagerId,
                        principalTable: "users",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Industry = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Tier = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TeamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RegionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastContactAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SourceSystem = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customers_users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "users",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TeamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Metric = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_targets_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_targets_users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "users",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "deals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CustomerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RegionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SourceSystem = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deals_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_deals_users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "users",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "interactions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FirstResponseAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CustomerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RegionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SourceSystem = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interactions_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_interactions_users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "users",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FulfilledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CustomerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RegionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SourceSystem = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_orders_users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "users",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "surveys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    RespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CustomerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RegionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SourceSystem = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys", x => x.Id);
                    table.CheckConstraint("ck_surveys_score", "\"Score\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_surveys_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_surveys_users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "users",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Name",
                table: "customers",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_customers_OwnerId_LastContactAt",
                table: "customers",
                columns: new[] { "OwnerId", "LastContactAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_RegionId_LastContactAt",
                table: "customers",
                columns: new[] { "RegionId", "LastContactAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_SourceSystem_SourceId",
                table: "customers",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_TeamId_LastContactAt",
                table: "customers",
                columns: new[] { "TeamId", "LastContactAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_ClosedAt",
                table: "deals",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_deals_CreatedAt",
                table: "deals",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_deals_CustomerId",
                table: "deals",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_deals_OwnerId_ClosedAt",
                table: "deals",
                columns: new[] { "OwnerId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_RegionId_ClosedAt",
                table: "deals",
                columns: new[] { "RegionId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_SourceSystem_SourceId",
                table: "deals",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deals_TeamId_ClosedAt",
                table: "deals",
                columns: new[] { "TeamId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interactions_CustomerId_OccurredAt",
                table: "interactions",
                columns: new[] { "CustomerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interactions_OccurredAt",
                table: "interactions",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_interactions_OwnerId_OccurredAt",
                table: "interactions",
                columns: new[] { "OwnerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interactions_RegionId_OccurredAt",
                table: "interactions",
                columns: new[] { "RegionId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interactions_SourceSystem_SourceId",
                table: "interactions",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interactions_TeamId_OccurredAt",
                table: "interactions",
                columns: new[] { "TeamId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_CreatedAt",
                table: "orders",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_orders_CustomerId_CreatedAt",
                table: "orders",
                columns: new[] { "CustomerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_OwnerId_CreatedAt",
                table: "orders",
                columns: new[] { "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_RegionId_CreatedAt",
                table: "orders",
                columns: new[] { "RegionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_SourceSystem_SourceId",
                table: "orders",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_TeamId_CreatedAt",
                table: "orders",
                columns: new[] { "TeamId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_regions_Name",
                table: "regions",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_surveys_CustomerId",
                table: "surveys",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_surveys_OwnerId_RespondedAt",
                table: "surveys",
                columns: new[] { "OwnerId", "RespondedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_surveys_RegionId_RespondedAt",
                table: "surveys",
                columns: new[] { "RegionId", "RespondedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_surveys_RespondedAt",
                table: "surveys",
                column: "RespondedAt");

            migrationBuilder.CreateIndex(
                name: "IX_surveys_SourceSystem_SourceId",
                table: "surveys",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_surveys_TeamId_RespondedAt",
                table: "surveys",
                columns: new[] { "TeamId", "RespondedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_targets_OwnerId_Metric_Period_PeriodStart",
                table: "targets",
                columns: new[] { "OwnerId", "Metric", "Period", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_targets_TeamId_Metric_Period_PeriodStart",
                table: "targets",
                columns: new[] { "TeamId", "Metric", "Period", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_teams_RegionId",
                table: "teams",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_users_Email",
                table: "users",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_ManagerId",
                table: "users",
                column: "ManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_users_RegionId",
                table: "users",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_users_SourceSystem_SourceId",
                table: "users",
                columns: new[] { "SourceSystem", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_TeamId",
                table: "users",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_users_TeamsAadObjectId",
                table: "users",
                column: "TeamsAadObjectId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deals");

            migrationBuilder.DropTable(
                name: "interactions");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "surveys");

            migrationBuilder.DropTable(
                name: "targets");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
