using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Mediation.Invitations;

/// <summary>An invitation as its page shows it: the code and token, and whose check it is.</summary>
public sealed record InvitationView(Guid CheckId, string Code, string Token, Guid? PersonId, string? Nickname, string StructureName, CheckStage Stage, bool ConsentRefused = false)
{
    /// <summary>The path the link and the QR code open.</summary>
    public string Path => $"/i/{Token}";

    public bool IsFinished => Stage == CheckStage.Finished;
}
