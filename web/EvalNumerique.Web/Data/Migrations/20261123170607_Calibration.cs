using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalNumerique.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Calibration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ParametersRunId",
                table: "Checks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalibrationRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Persons = table.Column<int>(type: "INTEGER", nullable: false),
                    Answers = table.Column<int>(type: "INTEGER", nullable: false),
                    Calibrated = table.Column<int>(type: "INTEGER", nullable: false),
                    Anchors = table.Column<int>(type: "INTEGER", nullable: false),
                    Converged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Cycles = table.Column<int>(type: "INTEGER", nullable: false),
                    LogLikelihood = table.Column<double>(type: "REAL", nullable: false),
                    LatentMean = table.Column<double>(type: "REAL", nullable: false),
                    LatentSd = table.Column<double>(type: "REAL", nullable: false),
                    Warnings = table.Column<string>(type: "TEXT", nullable: false),
                    Priors = table.Column<string>(type: "TEXT", nullable: false),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RevertedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevertedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationItemResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsAnchor = table.Column<bool>(type: "INTEGER", nullable: false),
                    OldA = table.Column<double>(type: "REAL", nullable: false),
                    OldB = table.Column<double>(type: "REAL", nullable: false),
                    OldC = table.Column<double>(type: "REAL", nullable: false),
                    NewA = table.Column<double>(type: "REAL", nullable: false),
                    NewB = table.Column<double>(type: "REAL", nullable: false),
                    NewC = table.Column<double>(type: "REAL", nullable: false),
                    SeA = table.Column<double>(type: "REAL", nullable: true),
                    SeB = table.Column<double>(type: "REAL", nullable: true),
                    SeC = table.Column<double>(type: "REAL", nullable: true),
                    PriorB = table.Column<double>(type: "REAL", nullable: true),
                    PriorA = table.Column<double>(type: "REAL", nullable: true),
                    Answers = table.Column<int>(type: "INTEGER", nullable: false),
                    Correct = table.Column<int>(type: "INTEGER", nullable: false),
                    PointBiserial = table.Column<double>(type: "REAL", nullable: true),
                    Infit = table.Column<double>(type: "REAL", nullable: true),
                    Outfit = table.Column<double>(type: "REAL", nullable: true),
                    Exposure = table.Column<double>(type: "REAL", nullable: false),
                    Dif = table.Column<string>(type: "TEXT", nullable: false),
                    Flags = table.Column<string>(type: "TEXT", nullable: false),
                    Warnings = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationItemResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalibrationItemResults_CalibrationRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "CalibrationRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationItemResults_RunId_ItemId",
                table: "CalibrationItemResults",
                columns: new[] { "RunId", "ItemId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalibrationItemResults");

            migrationBuilder.DropTable(
                name: "CalibrationRuns");

            migrationBuilder.DropColumn(
                name: "ParametersRunId",
                table: "Checks");
        }
    }
}
