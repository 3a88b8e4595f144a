namespace PartnerScreening.Web.Pages.Shared;

/// <summary>Text keys and CSS classes of the three decisions.</summary>
public static class DecisionLabels
{
    public static string TextKey(string decision) => decision switch
    {
        "alert" => "Decision.Alert",
        "review" => "Decision.Review",
        _ => "Decision.Clear",
    };

    public static string CssClass(string decision) => decision switch
    {
        "alert" => "decision decision-alert",
        "review" => "decision decision-review",
        _ => "decision decision-clear",
    };
}
