using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalNumerique.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectoryImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    Problems = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryPlaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Typologies = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    InseeCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Commune = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    Emails = table.Column<string>(type: "TEXT", nullable: false),
                    Website = table.Column<string>(type: "TEXT", nullable: true),
                    BookingUrl = table.Column<string>(type: "TEXT", nullable: true),
                    OpeningHours = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    Services = table.Column<string>(type: "TEXT", nullable: false),
                    Publics = table.Column<string>(type: "TEXT", nullable: false),
                    SpecificCare = table.Column<string>(type: "TEXT", nullable: false),
                    Fees = table.Column<string>(type: "TEXT", nullable: false),
                    AccessModes = table.Column<string>(type: "TEXT", nullable: false),
                    AccompanimentModes = table.Column<string>(type: "TEXT", nullable: false),
                    NationalPrograms = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryPlaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrientationProfiles",
                columns: table => new
                {
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    WantsToLearn = table.Column<bool>(type: "INTEGER", nullable: false),
                    SpecificNeeds = table.Column<string>(type: "TEXT", nullable: false),
                    FromPlace = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrientationProfiles", x => x.CheckId);
                    table.ForeignKey(
                        name: "FK_OrientationProfiles_Checks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "Checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    WhenLevelAtMost = table.Column<int>(type: "INTEGER", nullable: true),
                    WhenLevelAtLeast = table.Column<int>(type: "INTEGER", nullable: true),
                    WhenUrgent = table.Column<bool>(type: "INTEGER", nullable: true),
                    WhenWantsToLearn = table.Column<bool>(type: "INTEGER", nullable: true),
                    WhenEquipmentMissing = table.Column<bool>(type: "INTEGER", nullable: true),
                    WhenNeedsAny = table.Column<string>(type: "TEXT", nullable: false),
                    WhenSpecificNeedsAny = table.Column<string>(type: "TEXT", nullable: false),
                    OffersAny = table.Column<string>(type: "TEXT", nullable: false),
                    ReasonFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ReasonEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryPlaceChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedFields = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryPlaceChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryPlaceChanges_DirectoryPlaces_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "DirectoryPlaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlaceErrorReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportedById = table.Column<string>(type: "TEXT", nullable: false),
                    ReportedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlaceErrorReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlaceErrorReports_DirectoryPlaces_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "DirectoryPlaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BeneficiaryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleKeys = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: false),
                    StatusAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AppointmentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Checks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "Checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_DirectoryPlaces_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "DirectoryPlaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ById = table.Column<string>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralStatusChanges_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryPlaceChanges_PlaceId_At",
                table: "DirectoryPlaceChanges",
                columns: new[] { "PlaceId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryPlaces_PostalCode",
                table: "DirectoryPlaces",
                column: "PostalCode");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryPlaces_Source_SourceId",
                table: "DirectoryPlaces",
                columns: new[] { "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlaceErrorReports_PlaceId_ResolvedAt",
                table: "PlaceErrorReports",
                columns: new[] { "PlaceId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralRules_Key",
                table: "ReferralRules",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_BeneficiaryId",
                table: "Referrals",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CheckId",
                table: "Referrals",
                column: "CheckId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_PlaceId",
                table: "Referrals",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_StructureId_Status_StatusAt",
                table: "Referrals",
                columns: new[] { "StructureId", "Status", "StatusAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralStatusChanges_ReferralId",
                table: "ReferralStatusChanges",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectoryImports");

            migrationBuilder.DropTable(
                name: "DirectoryPlaceChanges");

            migrationBuilder.DropTable(
                name: "OrientationProfiles");

            migrationBuilder.DropTable(
                name: "PlaceErrorReports");

            migrationBuilder.DropTable(
                name: "ReferralRules");

            migrationBuilder.DropTable(
                name: "ReferralStatusChanges");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "DirectoryPlaces");
        }
    }
}
