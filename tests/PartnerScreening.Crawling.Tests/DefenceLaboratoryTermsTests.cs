using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Testing;

namespace PartnerScreening.Crawling.Tests;

// English names of defence laboratories and key laboratories in the shipped lexicon, with the sentences that must not count.
public sealed class DefenceLaboratoryTermsTests
{
    private static readonly Lazy<Task<LexiconMatcher>> Matcher = new(async () =>
        new LexiconMatcher(await LexiconProvider.LoadShippedAsync(SharedPaths.Data("lexicon", "military-links.json"), CancellationToken.None)));

    public static TheoryData<string, string, EvidenceStrength> Found => new()
    {
        { "The university has a national defense laboratory for underwater acoustics.", "en-national-defense-laboratory", EvidenceStrength.Medium },
        { "The national defence laboratory was built in cooperation with the Navy.", "en-national-defense-laboratory", EvidenceStrength.Strong },
        { "The school runs three National Defense Key Laboratories.", "en-national-defense-key-laboratories", EvidenceStrength.Strong },
        { "She leads the National Defence Key Lab of Ship Vibration.", "en-national-defense-key-laboratories", EvidenceStrength.Strong },
        { "The National Defense Key Laboratory of Fuze Technology opened in 2005.", "en-national-defense-key-laboratory", EvidenceStrength.Strong },
        { "It hosts the Defense Science and Technology Key Laboratory of Vehicle Transmission.", "en-defense-science-and-technology-key-laboratory", EvidenceStrength.Strong },
        { "It hosts the National Defense Science and Technology Key Laboratory of Aero-engine Combustion.", "en-defense-science-and-technology-key-laboratory", EvidenceStrength.Strong },
        { "He joined the Key Laboratory of National Defense Science and Technology on Electromagnetic Scattering.", "en-key-laboratory-of-national-defense-science-and-technology", EvidenceStrength.Strong },
        { "The Defence Key Laboratory of Optoelectronic Imaging recruits postdocs.", "en-defense-key-laboratory", EvidenceStrength.Strong },
        { "See the National Key Laboratory of Science and Technology on Automatic Target Recognition.", "en-national-key-laboratory-of-science-and-technology-on", EvidenceStrength.Medium },
        { "The All-Army Key Laboratory of Battlefield Medicine is part of the college.", "en-military-key-laboratory", EvidenceStrength.Strong },
        { "The hospital hosts a PLA Key Laboratory of Blood Research.", "en-military-key-laboratory", EvidenceStrength.Strong },
        { "The Key Laboratory of Fundamental Science for National Defence studies propellants.", "en-key-laboratory-of-fundamental-science-for-national-defence", EvidenceStrength.Strong },
        { "Our Defence Key Discipline Laboratory tests armour.", "en-defence-key-discipline-laboratory", EvidenceStrength.Strong },
    };

    public static TheoryData<string, string> SetAside => new()
    {
        { "Our export control office screens partners such as national defense key laboratories on the Entity List.", "en-national-defense-key-laboratories" },
        { "The Plant Defense Key Laboratory studies how crops resist pests.", "en-defense-key-laboratory" },
        { "The Flood Defence Key Laboratory of the province models river levees.", "en-defense-key-laboratory" },
        { "The university has no national defense laboratory.", "en-national-defense-laboratory" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public async Task Match_DefenceLaboratoryName_Found(string sentence, string termId, EvidenceStrength strength)
    {
        var matches = (await Matcher.Value).Match(sentence, "en").ToList();

        var match = Assert.Single(matches, m => !m.IsSuppressed);
        Assert.Equal(termId, match.Term.Id);
        Assert.Equal(RelationType.DefenceResearchUnit, match.Term.RelationType);
        Assert.Equal(strength, match.Strength);
    }

    [Theory]
    [MemberData(nameof(SetAside))]
    public async Task Match_FalsePositiveOrNegated_SetAside(string sentence, string termId)
    {
        var matches = (await Matcher.Value).Match(sentence, "en").ToList();

        var match = Assert.Single(matches, m => m.Term.Id == termId);
        Assert.True(match.IsSuppressed, $"'{match.Term.Id}' counted in: {sentence}");
        Assert.DoesNotContain(matches, m => !m.IsSuppressed);
    }
}
