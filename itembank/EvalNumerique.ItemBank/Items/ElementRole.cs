namespace EvalNumerique.ItemBank.Items;

/// <summary>What an element of a simulated screen is, and so how it is drawn and whether it can be tapped.</summary>
public enum ElementRole
{
    /// <summary><c>header</c>: the app bar or sender line (not tappable).</summary>
    Header,
    /// <summary><c>text</c>: a paragraph (not tappable).</summary>
    Text,
    /// <summary><c>message</c>: an SMS or chat bubble (tappable).</summary>
    Message,
    /// <summary><c>list-item</c>: a row of a list — e-mail, file, search result, app, network, slot (tappable).</summary>
    ListItem,
    /// <summary><c>link</c>: a link (tappable).</summary>
    Link,
    /// <summary><c>button</c>: a button (tappable).</summary>
    Button,
    /// <summary><c>toggle</c>: an on/off switch (tappable).</summary>
    Toggle,
    /// <summary><c>input</c>: a text field.</summary>
    Input,
    /// <summary><c>select</c>: a drop-down list.</summary>
    Select,
    /// <summary><c>checkbox</c>: a tick box.</summary>
    Checkbox,
    /// <summary><c>image</c>: a picture (tappable).</summary>
    Image,
}
