// Scoring and tiering against hand-worked examples.
#include "scoring/Portfolio.h"
#include "scoring/ScoreCalculator.h"
#include "scoring/ScoringStore.h"
#include "scoring/Tiering.h"

#include "TestWorkspace.h"

#include <QtTest>

using namespace Kingside;

namespace {

// Attractiveness: A1 weight 3 (75 %), A2 weight 1 (25 %).
// Strength: S1 weight 2 (50 %), S2 weight 2 (50 %).
QList<Criterion> exampleCriteria()
{
    return {{1, QStringLiteral("A1"), {}, ScoringAxis::Attractiveness, 3, 0},
            {2, QStringLiteral("A2"), {}, ScoringAxis::Attractiveness, 1, 1},
            {3, QStringLiteral("S1"), {}, ScoringAxis::Strength, 2, 2},
            {4, QStringLiteral("S2"), {}, ScoringAxis::Strength, 2, 3}};
}

TierScheme scoreScheme(QList<std::pair<QString, double>> bands)
{
    TierScheme scheme;
    scheme.name = QStringLiteral("Test");
    for (const auto &[name, minimum] : bands)
        scheme.bands.append({name, minimum, std::nullopt});
    return scheme;
}

TierScheme rankScheme(QList<std::pair<QString, int>> bands)
{
    TierScheme scheme;
    scheme.name = QStringLiteral("Ranked");
    scheme.basis = TierScheme::Basis::Rank;
    for (const auto &[name, rank] : bands)
        scheme.bands.append(
            {name, std::nullopt, rank > 0 ? std::optional<int>(rank) : std::optional<int>()});
    return scheme;
}

QStringList tiersOf(const TierScheme &scheme, const QList<double> &scores)
{
    QStringList names;
    for (const int band : Tiering::assign(scheme, scores))
        names.append(band >= 0 ? scheme.bands[band].name : QStringLiteral("-"));
    return names;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void weightsAreNormalisedPerAxis();
    void scoresFollowTheFormula();
    void missingScoresCountZeroAndAreVisible();
    void allMissingGivesZero();
    void weightValidation();
    void quadrants();
    void scoreTiersWithTiesAtThresholds();
    void equalThirdsLandExactlyOnThreshold();
    void belowEveryBandHasNoTier();
    void rankTiersShareTies();
    void schemeValidation_data();
    void schemeValidation();
    void presetsAreSeeded();
    void presetsTierHandWorkedScores();
    void demoLandsInSensibleTiers_data();
    void demoLandsInSensibleTiers();
    void demoQuadrantsDiffer();
    void whatIfShowsTierChanges();
};

void TestScoring::weightsAreNormalisedPerAxis()
{
    const ScoreCalculator calculator(exampleCriteria());
    const QList<Criterion> criteria = exampleCriteria();
    QCOMPARE(calculator.weightSum(ScoringAxis::Attractiveness), 4.0);
    QCOMPARE(calculator.weightSum(ScoringAxis::Strength), 4.0);
    QCOMPARE(calculator.normalisedWeight(criteria[0]), 75.0);
    QCOMPARE(calculator.normalisedWeight(criteria[1]), 25.0);
    QCOMPARE(calculator.normalisedWeight(criteria[2]), 50.0);
    QCOMPARE(calculator.normalisedWeight(criteria[3]), 50.0);
}

void TestScoring::scoresFollowTheFormula()
{
    const ScoreCalculator calculator(exampleCriteria());
    // 75 × 8/10 + 25 × 4/10 = 60 + 10 = 70; 50 × 6/10 + 50 × 9/10 = 30 + 45 = 75.
    const AccountScores scores =
        calculator.scoresFor(7, {{7, 1, 8, {}},
                                 {7, 2, 4, {}},
                                 {7, 3, 6, {}},
                                 {7, 4, 9, {}},
                                 {8, 1, 1, {}}}); // account 8's score is ignored
    QCOMPARE(scores.attractiveness, 70.0);
    QCOMPARE(scores.strength, 75.0);
    QCOMPARE(scores.breakdown.size(), 4);
    QCOMPARE(scores.breakdown[0].criterion, QStringLiteral("A1"));
    QCOMPARE(scores.breakdown[0].contribution, 60.0);
    QCOMPARE(scores.breakdown[1].contribution, 10.0);
    QCOMPARE(scores.breakdown[2].contribution, 30.0);
    QCOMPARE(scores.breakdown[3].contribution, 45.0);
    QCOMPARE(scores.missingCount(), 0);
    // All tens give 100 on both axes.
    const AccountScores best =
        calculator.scoresFor(9, {{9, 1, 10, {}}, {9, 2, 10, {}}, {9, 3, 10, {}}, {9, 4, 10, {}}});
    QCOMPARE(best.attractiveness, 100.0);
    QCOMPARE(best.strength, 100.0);
}

void TestScoring::missingScoresCountZeroAndAreVisible()
{
    const ScoreCalculator calculator(exampleCriteria());
    // A1 missing: 0 + 25 × 10/10 = 25; S2 missing: 50 × 6/10 = 30.
    const AccountScores scores =
        calculator.scoresFor(5, {{5, 2, 10, QStringLiteral("great")}, {5, 3, 6, {}}});
    QCOMPARE(scores.attractiveness, 25.0);
    QCOMPARE(scores.strength, 30.0);
    QCOMPARE(scores.missingCount(), 2);
    QVERIFY(scores.breakdown[0].missing);
    QCOMPARE(scores.breakdown[0].score, 0);
    QCOMPARE(scores.breakdown[0].contribution, 0.0);
    QCOMPARE(scores.breakdown[0].normalisedWeight, 75.0);
    QVERIFY(!scores.breakdown[1].missing);
    QCOMPARE(scores.breakdown[1].note, QStringLiteral("great"));
    QVERIFY(scores.breakdown[3].missing);
    // Not disqualified: a 10 elsewhere still outranks a mediocre full set.
    const AccountScores full =
        calculator.scoresFor(6, {{6, 1, 3, {}}, {6, 2, 3, {}}, {6, 3, 3, {}}, {6, 4, 3, {}}});
    QCOMPARE(full.attractiveness, 30.0);
    QVERIFY(scores.strength == full.strength);
}

void TestScoring::allMissingGivesZero()
{
    const ScoreCalculator calculator(exampleCriteria());
    const AccountScores scores = calculator.scoresFor(5, {});
    QCOMPARE(scores.attractiveness, 0.0);
    QCOMPARE(scores.strength, 0.0);
    QCOMPARE(scores.missingCount(), 4);
    // No criteria at all: nothing to score, zero on both axes.
    const AccountScores none = ScoreCalculator({}).scoresFor(5, {{5, 1, 9, {}}});
    QCOMPARE(none.attractiveness, 0.0);
    QVERIFY(none.breakdown.isEmpty());
}

void TestScoring::weightValidation()
{
    QList<Criterion> criteria = exampleCriteria();
    QVERIFY(ScoreCalculator::validateWeights(criteria).isEmpty());
    criteria[1].weight = 0; // a zero weight is allowed while the axis has weight
    QVERIFY(ScoreCalculator::validateWeights(criteria).isEmpty());
    criteria[0].weight = 0; // the attractiveness axis now weighs nothing
    QVERIFY(ScoreCalculator::validateWeights(criteria).contains(QStringLiteral("zero")));
    criteria = exampleCriteria();
    criteria[2].weight = -1;
    const QString negative = ScoreCalculator::validateWeights(criteria);
    QVERIFY(negative.contains(QStringLiteral("S1")));
    QVERIFY(negative.contains(QStringLiteral("negative")));
    // An axis with no criteria at all is not an error (it scores 0).
    QVERIFY(ScoreCalculator::validateWeights(exampleCriteria().mid(0, 2)).isEmpty());
}

void TestScoring::quadrants()
{
    QCOMPARE(policyQuadrantFor(80, 80), PolicyQuadrant::Strategic);
    QCOMPARE(policyQuadrantFor(80, 20), PolicyQuadrant::Star);
    QCOMPARE(policyQuadrantFor(20, 80), PolicyQuadrant::Status);
    QCOMPARE(policyQuadrantFor(20, 20), PolicyQuadrant::Streamline);
    // 50 counts as high on both axes.
    QCOMPARE(policyQuadrantFor(50, 50), PolicyQuadrant::Strategic);
    QCOMPARE(policyQuadrantFor(49.9, 50), PolicyQuadrant::Status);
    QCOMPARE(codeOf(PolicyQuadrant::Star), QStringLiteral("star"));
}

void TestScoring::scoreTiersWithTiesAtThresholds()
{
    const TierScheme football = scoreScheme({{QStringLiteral("Premier"), 70},
                                             {QStringLiteral("1st Division"), 45},
                                             {QStringLiteral("2nd Division"), 0}});
    QVERIFY(Tiering::validate(football).isEmpty());
    QCOMPARE(tiersOf(football, {70, 69.9, 45, 44.99, 0, 100}),
             QStringList({"Premier", "1st Division", "1st Division", "2nd Division", "2nd Division",
                          "Premier"}));
}

void TestScoring::equalThirdsLandExactlyOnThreshold()
{
    // Three equal weights: each 33.3… %; all scored 7 → 70 exactly on paper, which
    // binary arithmetic may make 69.99999999999999. It must reach the 70 band.
    const QList<Criterion> thirds{{1, QStringLiteral("a"), {}, ScoringAxis::Attractiveness, 1, 0},
                                  {2, QStringLiteral("b"), {}, ScoringAxis::Attractiveness, 1, 1},
                                  {3, QStringLiteral("c"), {}, ScoringAxis::Attractiveness, 1, 2}};
    const double score = ScoreCalculator(thirds)
                             .scoresFor(1, {{1, 1, 7, {}}, {1, 2, 7, {}}, {1, 3, 7, {}}})
                             .attractiveness;
    QVERIFY(qAbs(score - 70.0) < 1e-12);
    const TierScheme scheme =
        scoreScheme({{QStringLiteral("Top"), 70}, {QStringLiteral("Rest"), 0}});
    QCOMPARE(tiersOf(scheme, {score}), QStringList({"Top"}));
    // Weights 0.1 and 0.2 (not exact in binary), both scored 7: 70 again.
    const QList<Criterion> tenths{
        {1, QStringLiteral("a"), {}, ScoringAxis::Attractiveness, 0.1, 0},
        {2, QStringLiteral("b"), {}, ScoringAxis::Attractiveness, 0.2, 1}};
    const double tenthsScore =
        ScoreCalculator(tenths).scoresFor(1, {{1, 1, 7, {}}, {1, 2, 7, {}}}).attractiveness;
    QCOMPARE(tiersOf(scheme, {tenthsScore}), QStringList({"Top"}));
}

void TestScoring::belowEveryBandHasNoTier()
{
    const TierScheme scheme =
        scoreScheme({{QStringLiteral("Key"), 60}, {QStringLiteral("Watch"), 40}});
    QCOMPARE(tiersOf(scheme, {61, 40, 39.5}), QStringList({"Key", "Watch", "-"}));
}

void TestScoring::rankTiersShareTies()
{
    QCOMPARE(Tiering::ranks({90, 80, 80, 70, 50}), QList<int>({1, 2, 2, 4, 5}));
    const TierScheme scheme = rankScheme({{QStringLiteral("Gold"), 1},
                                          {QStringLiteral("Silver"), 3},
                                          {QStringLiteral("Bronze"), 0}});
    QVERIFY2(Tiering::validate(scheme).isEmpty(), qPrintable(Tiering::validate(scheme)));
    QCOMPARE(tiersOf(scheme, {90, 80, 80, 70, 50}),
             QStringList({"Gold", "Silver", "Silver", "Bronze", "Bronze"}));
    // Three accounts tied at rank 2 all fit in "top 3".
    QCOMPARE(tiersOf(scheme, {90, 80, 80, 80, 50}),
             QStringList({"Gold", "Silver", "Silver", "Silver", "Bronze"}));
    // Two tied for first are both Gold; the order of the input does not matter.
    QCOMPARE(tiersOf(scheme, {50, 90, 90}), QStringList({"Silver", "Gold", "Gold"}));
    // Without a "rest" band, accounts past the last rank have no tier.
    const TierScheme topTwo = rankScheme({{QStringLiteral("Key"), 2}});
    QCOMPARE(tiersOf(topTwo, {10, 30, 20}), QStringList({"-", "Key", "Key"}));
}

void TestScoring::schemeValidation_data()
{
    QTest::addColumn<TierScheme>("scheme");
    QTest::addColumn<QString>("expected"); // a word the message must contain
    QTest::newRow("overlapping scores")
        << scoreScheme({{"A", 70}, {"B", 70}, {"C", 0}}) << QStringLiteral("overlap");
    QTest::newRow("unordered scores")
        << scoreScheme({{"A", 45}, {"B", 70}, {"C", 0}}) << QStringLiteral("best first");
    QTest::newRow("score above 100") << scoreScheme({{"A", 120}}) << QStringLiteral("0 to 100");
    QTest::newRow("negative score") << scoreScheme({{"A", -5}}) << QStringLiteral("0 to 100");
    QTest::newRow("no bands") << scoreScheme({}) << QStringLiteral("no bands");
    QTest::newRow("same name twice")
        << scoreScheme({{"A", 70}, {"a", 40}}) << QStringLiteral("twice");
    QTest::newRow("nameless band") << scoreScheme({{" ", 70}}) << QStringLiteral("no name");
    QTest::newRow("overlapping ranks")
        << rankScheme({{"A", 3}, {"B", 3}, {"C", 0}}) << QStringLiteral("overlap");
    QTest::newRow("unordered ranks")
        << rankScheme({{"A", 5}, {"B", 3}, {"C", 0}}) << QStringLiteral("best first");
    QTest::newRow("rest before the end")
        << rankScheme({{"A", 0}, {"B", 3}}) << QStringLiteral("Only the last band");
    QTest::newRow("rank zero") << rankScheme({{"A", -1}, {"B", 0}})
                               << QStringLiteral("Only the last band");
    TierScheme mixed = rankScheme({{"A", 2}});
    mixed.bands[0].minScore = 50;
    QTest::newRow("score in a rank scheme") << mixed << QStringLiteral("cannot have");
}

void TestScoring::schemeValidation()
{
    QFETCH(TierScheme, scheme);
    QFETCH(QString, expected);
    const QString problem = Tiering::validate(scheme);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestScoring::presetsAreSeeded()
{
    Test::TestWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const ScoringStore store(ws->database());
    QCOMPARE(store.activeSchemeName(), QStringLiteral("Football"));
    const auto football = store.tierSchemeNamed(QStringLiteral("football"));
    QVERIFY(football);
    QVERIFY(football->builtin);
    QCOMPARE(football->bands.size(), 3);
    QCOMPARE(football->bands[0], (TierBand{QStringLiteral("Premier"), 70.0, std::nullopt}));
    QCOMPARE(football->bands[2].name, QStringLiteral("2nd Division"));
    const auto olympic = store.tierSchemeNamed(QStringLiteral("OLYMPIC"));
    QVERIFY(olympic);
    QCOMPARE(olympic->bands[1].name, QStringLiteral("Silver"));
    const auto airline = store.tierSchemeNamed(QStringLiteral("Airline"));
    QVERIFY(airline);
    QCOMPARE(airline->bands.size(), 4);
    QCOMPARE(airline->bands[3].name, QStringLiteral("Standby"));
    for (const TierScheme &scheme : store.tierSchemes())
        QVERIFY2(Tiering::validate(scheme).isEmpty(), qPrintable(scheme.name));
}

void TestScoring::presetsTierHandWorkedScores()
{
    Test::TestWorkspace ws;
    const ScoringStore store(ws->database());
    const QList<double> scores{80, 75, 70, 60, 55, 45, 40, 35, 10};
    QCOMPARE(tiersOf(*store.tierSchemeNamed(QStringLiteral("Football")), scores),
             QStringList({"Premier", "Premier", "Premier", "1st Division", "1st Division",
                          "1st Division", "2nd Division", "2nd Division", "2nd Division"}));
    QCOMPARE(tiersOf(*store.tierSchemeNamed(QStringLiteral("Olympic")), scores),
             QStringList({"Gold", "Gold", "Gold", "Silver", "Silver", "Silver", "Bronze", "Bronze",
                          "Bronze"}));
    QCOMPARE(tiersOf(*store.tierSchemeNamed(QStringLiteral("Airline")), scores),
             QStringList({"First", "First", "Club", "Club", "Club", "Economy", "Economy", "Economy",
                          "Standby"}));
}

void TestScoring::demoLandsInSensibleTiers_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QStringList>("tiers"); // Aldermoor, Brightwater, Halvorsen, Kestrel
    QTest::newRow("football") << QStringLiteral("football")
                              << QStringList{"1st Division", "1st Division", "Premier",
                                             "2nd Division"};
    QTest::newRow("olympic") << QStringLiteral("Olympic")
                             << QStringList{"Silver", "Silver", "Gold", "Bronze"};
    QTest::newRow("airline") << QStringLiteral("airline")
                             << QStringList{"Club", "Club", "First", "Economy"};
}

void TestScoring::demoLandsInSensibleTiers()
{
    QFETCH(QString, scheme);
    QFETCH(QStringList, tiers);
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QString error;
    const auto inputs = Portfolio::load(ws->database(), scheme, &error);
    QVERIFY2(inputs, qPrintable(error));
    const QList<PortfolioEntry> entries = Portfolio::compute(*inputs);
    QCOMPARE(entries.size(), 4);
    QStringList names;
    QStringList got;
    for (const PortfolioEntry &entry : entries) {
        names.append(entry.account.name);
        got.append(entry.tier);
    }
    QCOMPARE(names, QStringList({"Aldermoor Health Trust", "Brightwater Utilities",
                                 "Halvorsen Maritime Group", "Kestrel Foods"}));
    QCOMPARE(got, tiers);
    // Hand-worked (DemoBuilder weights 20/25/20/20/15 and 30/25/20/25, sums 100):
    // Halvorsen 9,8,7,9,8 → (180+200+140+180+120)/10 = 82; 6,5,7,7 → 62.
    // Aldermoor 5,9,4,8,7 → 67; 4,2,5,missing → (120+50+100+0)/10 = 27.
    QCOMPARE(entries[2].scores.attractiveness, 82.0);
    QCOMPARE(entries[2].scores.strength, 62.0);
    QCOMPARE(entries[0].scores.attractiveness, 67.0);
    QCOMPARE(entries[0].scores.strength, 27.0);
    QCOMPARE(entries[0].scores.missingCount(), 1);
    QCOMPARE(entries[1].scores.attractiveness, 62.5);
    QCOMPARE(entries[1].scores.strength, 58.0);
    QCOMPARE(entries[3].scores.attractiveness, 40.5);
    QCOMPARE(entries[3].scores.strength, 54.0);
    QCOMPARE(QList<int>({entries[0].rank, entries[1].rank, entries[2].rank, entries[3].rank}),
             QList<int>({2, 3, 1, 4}));
}

void TestScoring::demoQuadrantsDiffer()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QString error;
    const auto inputs = Portfolio::load(ws->database(), {}, &error);
    QVERIFY2(inputs, qPrintable(error));
    const QList<PortfolioEntry> entries = Portfolio::compute(*inputs);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries[0].quadrant, PolicyQuadrant::Star);      // Aldermoor 67 / 27
    QCOMPARE(entries[1].quadrant, PolicyQuadrant::Strategic); // Brightwater 62.5 / 58
    QCOMPARE(entries[2].quadrant, PolicyQuadrant::Strategic); // Halvorsen 82 / 62
    QCOMPARE(entries[3].quadrant, PolicyQuadrant::Status);    // Kestrel 40.5 / 54
    // Next review: last review + cadence; Kestrel was never reviewed.
    QCOMPARE(entries[2].lastReview, Test::fixedToday().addDays(-80));
    QCOMPARE(entries[2].nextReview, Test::fixedToday().addDays(-80).addMonths(3));
    QVERIFY(!entries[3].nextReview.isValid());
}

void TestScoring::whatIfShowsTierChanges()
{
    Test::TestWorkspace ws(Test::TestWorkspace::Content::Demo);
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QString error;
    const auto inputs = Portfolio::load(ws->database(), {}, &error);
    QVERIFY2(inputs, qPrintable(error));
    QList<Criterion> proposed = inputs->criteria;
    QCOMPARE(proposed[1].name, QStringLiteral("Growth potential"));
    QVERIFY(Portfolio::whatIf(*inputs, proposed).isEmpty());
    // Growth 25 → 50: Aldermoor (445 + 9 × 50) × 10 / 125 = 71.6 → Premier; Halvorsen
    // 81.6 stays Premier, Brightwater 64 stays 1st, Kestrel 40.4 stays 2nd.
    proposed[1].weight = 50;
    const QList<TierChange> changes = Portfolio::whatIf(*inputs, proposed);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].account, QStringLiteral("Aldermoor Health Trust"));
    QCOMPARE(changes[0].fromTier, QStringLiteral("1st Division"));
    QCOMPARE(changes[0].toTier, QStringLiteral("Premier"));
    QVERIFY(qAbs(changes[0].toAttractiveness - 71.6) < 1e-9);
    QVERIFY(changes[0].isPromotion());
    // Nothing was stored.
    QCOMPARE(ScoringStore(ws->database()).criteria()[1].weight, 25.0);
}

QTEST_GUILESS_MAIN(TestScoring)
#include "TestScoring.moc"
