namespace PartnerScreening.Crawling.Tests.Crawl;

/// <summary>
/// Fixture sites, one per language, each holding true evidence next to the traps that fool naive matching: freshman
/// military training, thesis defence, PLA as polylactic acid, 軍手, negated statements and name substrings.
/// Every sentence is written for these tests; none is copied from a real site.
/// </summary>
public static class EvidenceSites
{
    /// <summary>A site: host, language, pages by path, quotes that must be found (term, quote fragment), fragments that must not.</summary>
    public sealed record Site(string Host, string Language, IReadOnlyDictionary<string, string> Pages, IReadOnlyList<(string Term, string Fragment)> Expected, IReadOnlyList<string> Traps);

    public static TheoryData<string> Names => new(All.Keys);

    public static IReadOnlyDictionary<string, Site> All { get; } = new Dictionary<string, Site>
    {
        ["zh-Hans"] = new(
            "www.univ-a.edu.cn",
            "zh-CN",
            new Dictionary<string, string>
            {
                ["/"] = Page("zh-CN", "某某理工大学", "<nav><a href=\"/about.html\">学校概况</a> <a href=\"/students.html\">学生工作</a> <a href=\"/materials.html\">材料学院</a> <a href=\"http://www.mod.gov.cn/\">国防部网站</a></nav><p>欢迎访问。</p>"),
                ["/about.html"] = Page("zh-CN", "学校概况",
                    "<p>学校是国家国防科技工业局与教育部共建高校，设有国防科技重点实验室3个。</p>" +
                    "<p>2021年，学校与中国航天科技集团签署战略合作协议。</p>" +
                    "<ul><li>学校具有武器装备科研生产单位保密资格。</li><li>2023年承担装备预研项目12项。</li></ul>"),
                ["/students.html"] = Page("zh-CN", "学生工作",
                    "<p>新生军训由中国人民解放军某部官兵承训。</p><p>军事理论课由人民武装部教师讲授。</p>" +
                    "<p>本校不承担任何军工项目。</p><p>南京信息工程大学代表团来访。</p>"),
                ["/materials.html"] = Page("zh-CN", "材料学院", "<p>Our group develops PLA (polylactic acid) films for packaging.</p><p>课题组研究可降解材料。</p>"),
            },
            [("国家国防科技工业局", "国家国防科技工业局与教育部共建"), ("国防科技重点实验室", "国防科技重点实验室3个"), ("中国航天科技集团", "签署战略合作协议"),
             ("武器装备科研生产单位保密资格", "保密资格"), ("装备预研", "装备预研项目"), ("Ministry of National Defense of the PRC", "www.mod.gov.cn")],
            ["军训", "军事理论课", "不承担任何军工项目", "南京信息工程大学", "polylactic"]),

        ["ja"] = new(
            "www.univ-b.ac.jp",
            "ja",
            new Dictionary<string, string>
            {
                ["/"] = Page("ja", "大学紹介", "<a href=\"/policy.html\">研究方針</a> <a href=\"/research.html\">研究紹介</a>"),
                ["/policy.html"] = Page("ja", "研究方針",
                    "<p>本学は軍事研究を行わない。</p><p>実習では軍手を着用すること。</p><p>本学は安全保障技術研究推進制度には応募しない。</p>"),
                ["/research.html"] = Page("ja", "研究紹介",
                    "<p>本研究室は防衛装備庁と共同研究を実施している。</p><p>博士論文の公開審査（thesis defense）は2月に行う。</p>"),
            },
            [("防衛装備庁", "防衛装備庁と共同研究")],
            ["軍事研究を行わない", "軍手", "応募しない", "thesis defense"]),

        ["ko"] = new(
            "www.univ-c.ac.kr",
            "ko",
            new Dictionary<string, string>
            {
                ["/"] = Page("ko", "대학소개", "<p>본 연구실은 국방과학연구소와 공동연구 협약을 체결하였다.</p><p>학군단 후보생 모집 안내.</p><p>예비군 훈련 일정 안내.</p>"),
            },
            [("국방과학연구소", "국방과학연구소와 공동연구"), ("학군단", "학군단 후보생")],
            ["예비군"]),

        ["ru"] = new(
            "www.univ-d.ru",
            "ru",
            new Dictionary<string, string>
            {
                ["/"] = Page("ru", "Университет",
                    "<p>В университете действует военный учебный центр.</p><p>Университет выполняет государственный оборонный заказ.</p>" +
                    "<p>Защита диссертации состоится в мае.</p><p>Поздравляем с Днём защитника Отечества!</p>"),
            },
            [("военный учебный центр", "военный учебный центр"), ("государственный оборонный заказ", "оборонный заказ")],
            ["Защита диссертации", "защитника Отечества"]),

        ["zh-Hant"] = new(
            "www.univ-e.edu.tw",
            "zh-TW",
            new Dictionary<string, string>
            {
                ["/"] = Page("zh-TW", "學校簡介", "<p>本校與國家中山科學研究院簽署合作備忘錄。</p><p>本學期開設全民國防教育課程。</p>"),
            },
            [("國家中山科學研究院", "國家中山科學研究院簽署")],
            ["全民國防教育"]),

        ["en"] = new(
            "www.univ-f.edu",
            "en",
            new Dictionary<string, string>
            {
                ["/"] = Page("en", "Research",
                    "<p>The laboratory is funded by DARPA and the Office of Naval Research.</p><p>Students must pass their thesis defense.</p>" +
                    "<p>The university does not accept classified research.</p><p>The PLA Rocket Force is discussed in our security studies seminar.</p>"),
            },
            [("DARPA", "funded by DARPA"), ("Office of Naval Research", "Office of Naval Research"), ("PLA Rocket Force", "PLA Rocket Force")],
            ["thesis defense", "classified research"]),

        ["en-defence-labs"] = new(
            "english.univ-g.edu.cn",
            "en",
            new Dictionary<string, string>
            {
                ["/"] = Page("en", "About",
                    "<p>The university runs a national defense laboratory for underwater acoustics.</p>" +
                    "<p>It also hosts the Defense Science and Technology Key Laboratory of Vehicle Transmission.</p>" +
                    "<p>The Plant Defense Key Laboratory studies how crops resist pests.</p>" +
                    "<p>Our export control office screens partners such as national defense key laboratories on the Entity List.</p>"),
            },
            [("national defense laboratory", "national defense laboratory for underwater acoustics"),
             ("defense science and technology key laboratory", "Defense Science and Technology Key Laboratory of Vehicle Transmission")],
            ["Plant Defense Key Laboratory", "Entity List"]),
    };

    public static string Page(string language, string title, string body) =>
        $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}</body></html>";
}
