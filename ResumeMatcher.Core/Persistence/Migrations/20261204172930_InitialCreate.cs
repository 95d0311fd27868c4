using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ResumeMatcher.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "resumes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    Text = table.Column<string>(type: "text", nullable: true),
                    Titles = table.Column<List<string>>(type: "text[]", nullable: false),
                    YearsOfExperience = table.Column<double>(type: "double precision", nullable: true),
                    HighestDegree = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Contacts = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resumes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "match_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResumeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Limit = table.Column<int>(type: "integer", nullable: false),
                    MinScore = table.Column<double>(type: "double precision", nullable: false),
                    LocationFilter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RemoteFilter = table.Column<bool>(type: "boolean", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EnqueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TraceParent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    SourceOutcomes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_match_tasks_resumes_ResumeId",
                        column: x => x.ResumeId,
                        principalTable: "resumes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resume_skills",
                columns: table => new
                {
                    ResumeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resume_skills", x => new { x.ResumeId, x.Name });
                    table.ForeignKey(
                        name: "FK_resume_skills_resumes_ResumeId",
                        column: x => x.ResumeId,
                        principalTable: "resumes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "match_results",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    ListingId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Company = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Location = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Remote = table.Column<bool>(type: "boolean", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Salary = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Cosine = table.Column<double>(type: "double precision", nullable: false),
                    SkillCoverage = table.Column<double>(type: "double precision", nullable: false),
                    TitleSimilarity = table.Column<double>(type: "double precision", nullable: false),
                    MatchedSkills = table.Column<List<string>>(type: "text[]", nullable: false),
                    MissingSkills = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_match_results_match_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "match_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_match_results_ListingId",
                table: "match_results",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_match_results_TaskId_Rank",
                table: "match_results",
                columns: new[] { "TaskId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_match_tasks_CreatedAt",
                table: "match_tasks",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_match_tasks_ResumeId",
                table: "match_tasks",
                column: "ResumeId");

            migrationBuilder.CreateIndex(
                name: "IX_match_tasks_Status_EnqueuedAt",
                table: "match_tasks",
                columns: new[] { "Status", "EnqueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_resume_skills_Name",
                table: "resume_skills",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_resumes_ContentHash",
                table: "resumes",
                column: "ContentHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "match_results");

            migrationBuilder.DropTable(
                name: "resume_skills");

            migrationBuilder.DropTable(
                name: "match_tasks");

            migrationBuilder.DropTable(
                name: "resumes");
        }
    }
}
