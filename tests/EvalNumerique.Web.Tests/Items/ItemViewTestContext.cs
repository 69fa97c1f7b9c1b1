using Bunit;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Features.Check.Items;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Items;

/// <summary>A bUnit context that shows one question and keeps what the person answered.</summary>
public abstract class ItemViewTestContext : BunitContext
{
    protected ItemViewTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
    }

    /// <summary>Every answer raised, in order.</summary>
    protected List<Response> Answers { get; } = [];

    /// <summary>The one answer raised (fails when there is none or several).</summary>
    protected Response Answer => Assert.Single(Answers);

    protected IRenderedComponent<ItemView> Show(Item item, bool practice = false) => Render<ItemView>(p => p
        .Add(x => x.Item, item)
        .Add(x => x.Practice, practice)
        .Add(x => x.OnAnswer, response => Answers.Add(response)));

    protected static void Validate(IRenderedComponent<ItemView> view) => view.Find("button.validate").Click();
}
