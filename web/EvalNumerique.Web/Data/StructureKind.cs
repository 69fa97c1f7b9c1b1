namespace EvalNumerique.Web.Data;

/// <summary>The kinds of places that welcome people for their online procedures.</summary>
public enum StructureKind
{
    /// <summary>Centre communal d'action sociale.</summary>
    Ccas,

    /// <summary>Espace France Services.</summary>
    FranceServices,

    /// <summary>Espace public numérique.</summary>
    Epn,

    /// <summary>Association (social centre, digital inclusion association…).</summary>
    Association,

    /// <summary>Médiathèque, bibliothèque.</summary>
    Library,

    Other,
}
