using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace ResumeMatcher.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MatchHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_resumes_ContentHash",
                table: "resumes");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ContentDroppedAt",
                table: "resumes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CreatedAt",
                table: "match_results",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "TitleSearch",
                table: "match_results",
                type: "tsvector",
                nullable: true)
                .Annotation("Npgsql:TsVectorConfig", "english")
                .Annotation("Npgsql:TsVectorProperties", new[] { "Title" });

            // Results stored before this migration take their task's completion time.
            migrationBuilder.Sql("""
                UPDATE match_results r SET "CreatedAt" = COALESCE(t."CompletedAt", t."CreatedAt")
                  FROM match_tasks t WHERE t."Id" = r."TaskId";
                """);

            // GET /api/matches?company= compares lower("Company"); EF Core has no expression indexes, so it is made here.
            migrationBuilder.Sql("""CREATE INDEX "IX_match_results_lower_Company" ON match_results (lower("Company"));""");

            migrationBuilder.CreateIndex(
                name: "IX_resumes_ContentHash_CreatedAt",
                table: "resumes",
                columns: new[] { "ContentHash", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_resumes_CreatedAt",
                table: "resumes",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_match_results_CreatedAt",
                table: "match_results",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_match_results_MatchedSkills",
                table: "match_results",
                column: "MatchedSkills")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_match_results_MissingSkills",
                table: "match_results",
                column: "MissingSkills")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_match_results_Score",
                table: "match_results",
                column: "Score");

            migrationBuilder.CreateIndex(
                name: "IX_match_results_TitleSearch",
                table: "match_results",
                column: "TitleSearch")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_match_results_lower_Company";""");

            migrationBuilder.DropIndex(
                name: "IX_resumes_ContentHash_CreatedAt",
                table: "resumes");

            migrationBuilder.DropIndex(
                name: "IX_resumes_CreatedAt",
                table: "resumes");

            migrationBuilder.DropIndex(
                name: "IX_match_results_CreatedAt",
                table: "match_results");

            migrationBuilder.DropIndex(
                name: "IX_match_results_MatchedSkills",
                table: "match_results");

            migrationBuilder.DropIndex(
                name: "IX_match_results_MissingSkills",
                table: "match_results");

            migrationBuilder.DropIndex(
                name: "IX_match_results_Score",
                table: "match_results");

            migrationBuilder.DropIndex(
                name: "IX_match_results_TitleSearch",
                table: "match_results");

            migrationBuilder.DropColumn(
                name: "ContentDroppedAt",
                table: "resumes");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "match_results");

            migrationBuilder.DropColumn(
                name: "TitleSearch",
                table: "match_results");

            migrationBuilder.CreateIndex(
                name: "IX_resumes_ContentHash",
                table: "resumes",
                column: "ContentHash");
        }
    }
}
