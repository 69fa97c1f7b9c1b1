using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Features.Referrals.Sheet;

/// <summary>The person's referral sheet: next steps to learn, where to go, what to bring.</summary>
public sealed record ReferralSheet(
    Guid CheckId,
    string ResumeCode,
    string? Nickname,
    string? StructureName,
    string? StructureAddress,
    bool IsDemo,
    DateTimeOffset MadeAt,
    IReadOnlyList<PathwayStep> Pathway,
    IReadOnlyList<SheetPlace> Places,
    IReadOnlyList<string> WhatToBring);
