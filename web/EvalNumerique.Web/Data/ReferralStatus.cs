namespace EvalNumerique.Web.Data;

/// <summary>Where a referral stands: proposée, acceptée, RDV pris, réalisée, abandonnée.</summary>
public enum ReferralStatus
{
    Proposed,
    Accepted,
    AppointmentMade,
    Done,
    Abandoned,
}
