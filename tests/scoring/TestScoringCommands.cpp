// Every scoring edit is undoable exactly: the database after undo equals the one before,
// and redo gives back the database after the edit.
#include "scoring/AddCriterion.h"
#include "scoring/CriteriaSets.h"
#include "scoring/EditCriterion.h"
#include "scoring/Portfolio.h"
#include "scoring/RemoveCriterion.h"
#include "scoring/RemoveTierScheme.h"
#include "scoring/ReplaceCriteria.h"
#include "scoring/SaveTierScheme.h"
#include "scoring/ScoreCalculator.h"
#include "scoring/ScoringStore.h"
#include "scoring/SetActiveTierScheme.h"
#include "scoring/SetCriterionScore.h"

#include "DatabaseDump.h"
#include "TestWorkspace.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;

class TestScoringCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addCriterionUndoesExactly();
    void editCriterionUndoesExactly();
    void removeCriterionRestoresScores();
    void setScoreAddsChangesAndClears();
    void activeSchemeRetiersEveryAccount();
    void customSchemeAddEditRemove();
    void replaceWithReadyMadeSet();
    void badEditsAreRefusedAndStoreNothing();

private:
    // Runs the command, checks undo restores `before` and redo restores the edit.
    void checkUndoRedo(WorkspaceCommand *command);
    QString dump() const { return Test::dumpDatabase(m_ws->workspace().database()); }
    qint64 criterionId(const QString &name) const
    {
        return ScoringStore(m_ws->workspace().database()).criterionNamed(name)->id;
    }
    QStringList tiers() const
    {
        QString error;
        QStringList result;
        const auto inputs = Portfolio::load(m_ws->workspace().database(), {}, &error);
        for (const PortfolioEntry &entry : Portfolio::compute(*inputs))
            result.append(entry.tier);
        return result;
    }

    std::unique_ptr<Test::TestWorkspace> m_ws;
};

void TestScoringCommands::init()
{
    m_ws = std::make_unique<Test::TestWorkspace>(Test::TestWorkspace::Content::Demo);
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
}

void TestScoringCommands::cleanup()
{
    m_ws.reset();
}

void TestScoringCommands::checkUndoRedo(WorkspaceCommand *command)
{
    Workspace &workspace = m_ws->workspace();
    const QString before = dump();
    QVERIFY2(workspace.execute(command), qPrintable(workspace.errorString()));
    const QString after = dump();
    QVERIFY(after != before);
    workspace.undoStack()->undo();
    QCOMPARE(dump(), before);
    workspace.undoStack()->redo();
    QCOMPARE(dump(), after);
}

void TestScoringCommands::addCriterionUndoesExactly()
{
    QSignalSpy changes(&m_ws->workspace(), &Workspace::changed);
    Criterion criterion{0,
                        QStringLiteral("Innovation appetite"),
                        QStringLiteral("Tries new"),
                        ScoringAxis::Attractiveness,
                        10,
                        -1};
    auto *command = new AddCriterion(&m_ws->workspace(), criterion);
    checkUndoRedo(command);
    const auto stored = ScoringStore(m_ws->workspace().database())
                            .criterionNamed(QStringLiteral("Innovation appetite"));
    QVERIFY(stored);
    QCOMPARE(stored->position, 9); // appended after the demo's nine
    QCOMPARE(stored->weight, 10.0);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.last().first().value<Change>().entity, Change::Entity::Criterion);
    // The new criterion is missing for every account, so every attractiveness drops.
    QString error;
    const auto inputs = Portfolio::load(m_ws->workspace().database(), {}, &error);
    const QList<PortfolioEntry> entries = Portfolio::compute(*inputs);
    QCOMPARE(entries[2].scores.attractiveness, 820.0 / 11.0); // (82 × 100) / 110
    QCOMPARE(entries[2].scores.missingCount(), 1);
}

void TestScoringCommands::editCriterionUndoesExactly()
{
    auto criterion = *ScoringStore(m_ws->workspace().database())
                          .criterionNamed(QStringLiteral("Growth potential"));
    criterion.weight = 50;
    criterion.description = QStringLiteral("Three-year growth, doubled in weight");
    checkUndoRedo(new EditCriterion(&m_ws->workspace(), criterion));
    QCOMPARE(tiers(), QStringList({"Premier", "1st Division", "Premier", "2nd Division"}));
    m_ws->workspace().undoStack()->undo();
    QCOMPARE(tiers(), QStringList({"1st Division", "1st Division", "Premier", "2nd Division"}));
    // Moving a criterion to the other axis is an edit too.
    criterion =
        *ScoringStore(m_ws->workspace().database()).criterionNamed(QStringLiteral("Profitability"));
    criterion.axis = ScoringAxis::Strength;
    checkUndoRedo(new EditCriterion(&m_ws->workspace(), criterion));
}

void TestScoringCommands::removeCriterionRestoresScores()
{
    const qint64 id = criterionId(QStringLiteral("Share of wallet"));
    const auto scoreCount = [this, id] {
        int count = 0;
        for (const CriterionScore &score : ScoringStore(m_ws->workspace().database()).scores())
            count += score.criterionId == id ? 1 : 0;
        return count;
    };
    QCOMPARE(scoreCount(), 4);
    checkUndoRedo(new RemoveCriterion(&m_ws->workspace(), id, QStringLiteral("Share of wallet")));
    QCOMPARE(scoreCount(), 0);
    m_ws->workspace().undoStack()->undo();
    QCOMPARE(scoreCount(), 4);
}

void TestScoringCommands::setScoreAddsChangesAndClears()
{
    const qint64 aldermoor = m_ws->accountId(QStringLiteral("Aldermoor Health Trust"));
    const qint64 solutionFit = criterionId(QStringLiteral("Solution fit as they see it"));
    const ScoringStore store(m_ws->workspace().database());
    QVERIFY(!store.score(aldermoor, solutionFit)); // the demo leaves this one out
    checkUndoRedo(new SetCriterionScore(&m_ws->workspace(), aldermoor, solutionFit, 8,
                                        QStringLiteral("Pilot went well")));
    QCOMPARE(store.score(aldermoor, solutionFit)->note, QStringLiteral("Pilot went well"));
    // 27 + 25 × 8 / 10 = 47.
    QString error;
    QCOMPARE(Portfolio::compute(*Portfolio::load(m_ws->workspace().database(), {}, &error))[0]
                 .scores.strength,
             47.0);
    checkUndoRedo(new SetCriterionScore(&m_ws->workspace(), aldermoor, solutionFit, 3,
                                        QStringLiteral("Second thoughts")));
    QCOMPARE(store.score(aldermoor, solutionFit)->score, 3);
    checkUndoRedo(new SetCriterionScore(&m_ws->workspace(), aldermoor, solutionFit, std::nullopt));
    QVERIFY(!store.score(aldermoor, solutionFit));
}

void TestScoringCommands::activeSchemeRetiersEveryAccount()
{
    QCOMPARE(tiers(), QStringList({"1st Division", "1st Division", "Premier", "2nd Division"}));
    checkUndoRedo(new SetActiveTierScheme(&m_ws->workspace(), QStringLiteral("airline")));
    QCOMPARE(ScoringStore(m_ws->workspace().database()).activeSchemeName(),
             QStringLiteral("Airline"));
    QCOMPARE(tiers(), QStringList({"Club", "Club", "First", "Economy"}));
    m_ws->workspace().undoStack()->undo();
    QCOMPARE(tiers(), QStringList({"1st Division", "1st Division", "Premier", "2nd Division"}));
}

void TestScoringCommands::customSchemeAddEditRemove()
{
    Workspace &workspace = m_ws->workspace();
    TierScheme scheme;
    scheme.name = QStringLiteral("Top two");
    scheme.basis = TierScheme::Basis::Rank;
    scheme.bands = {{QStringLiteral("Key"), std::nullopt, 2},
                    {QStringLiteral("Other"), std::nullopt, std::nullopt}};
    auto *add = new SaveTierScheme(&workspace, scheme);
    checkUndoRedo(add);
    const auto stored =
        ScoringStore(workspace.database()).tierSchemeNamed(QStringLiteral("Top two"));
    QVERIFY(stored);
    QCOMPARE(stored->bands, scheme.bands);
    checkUndoRedo(new SetActiveTierScheme(&workspace, QStringLiteral("Top two")));
    QCOMPARE(tiers(), QStringList({"Key", "Other", "Key", "Other"}));

    // Edit the active custom scheme: renamed, three bands; it stays active.
    TierScheme edited = *stored;
    edited.name = QStringLiteral("Top three");
    edited.bands = {{QStringLiteral("Key"), std::nullopt, 1},
                    {QStringLiteral("Growth"), std::nullopt, 3},
                    {QStringLiteral("Other"), std::nullopt, std::nullopt}};
    checkUndoRedo(new SaveTierScheme(&workspace, edited));
    QCOMPARE(ScoringStore(workspace.database()).activeSchemeName(), QStringLiteral("Top three"));
    QCOMPARE(tiers(), QStringList({"Growth", "Growth", "Key", "Other"}));

    // The active scheme cannot be removed; after switching away it can.
    const QString before = dump();
    QVERIFY(!workspace.execute(new RemoveTierScheme(&workspace, stored->id, edited.name)));
    QVERIFY(workspace.errorString().contains(QStringLiteral("active")));
    QCOMPARE(dump(), before);
    QVERIFY(workspace.execute(new SetActiveTierScheme(&workspace, QStringLiteral("Olympic"))));
    checkUndoRedo(new RemoveTierScheme(&workspace, stored->id, edited.name));
    QVERIFY(!ScoringStore(workspace.database()).tierSchemeNamed(QStringLiteral("Top three")));
}

void TestScoringCommands::replaceWithReadyMadeSet()
{
    const CriteriaSet *growth = CriteriaSets::find(QStringLiteral("growth"));
    QVERIFY(growth);
    QVERIFY(ScoreCalculator::validateWeights(growth->criteria).isEmpty());
    checkUndoRedo(new ReplaceCriteria(&m_ws->workspace(), growth->criteria, {}, growth->name));
    const QList<Criterion> criteria = ScoringStore(m_ws->workspace().database()).criteria();
    QCOMPARE(criteria.size(), growth->criteria.size());
    QVERIFY(ScoringStore(m_ws->workspace().database()).scores().isEmpty());
    for (const CriteriaSet &set : CriteriaSets::all())
        QVERIFY2(ScoreCalculator::validateWeights(set.criteria).isEmpty(), qPrintable(set.id));
}

void TestScoringCommands::badEditsAreRefusedAndStoreNothing()
{
    Workspace &workspace = m_ws->workspace();
    const QString before = dump();
    const int undoSteps = workspace.undoStack()->count();
    const ScoringStore store(workspace.database());

    Criterion negative = *store.criterionNamed(QStringLiteral("Sales volume"));
    negative.weight = -5;
    QVERIFY(!workspace.execute(new EditCriterion(&workspace, negative)));
    QVERIFY(workspace.errorString().contains(QStringLiteral("negative")));

    // Setting every strength weight to 0 one by one: the last is refused.
    QList<Criterion> strength;
    for (const Criterion &criterion : store.criteria()) {
        if (criterion.axis == ScoringAxis::Strength)
            strength.append(criterion);
    }
    QCOMPARE(strength.size(), 4);
    for (int i = 0; i < 3; ++i) {
        strength[i].weight = 0;
        QVERIFY(workspace.execute(new EditCriterion(&workspace, strength[i])));
    }
    strength[3].weight = 0;
    QVERIFY(!workspace.execute(new EditCriterion(&workspace, strength[3])));
    QVERIFY(workspace.errorString().contains(QStringLiteral("zero")));
    // …and so is removing the one that still weighs something.
    QVERIFY(!workspace.execute(new RemoveCriterion(&workspace, strength[3].id, strength[3].name)));
    for (int i = 0; i < 3; ++i)
        workspace.undoStack()->undo();
    QCOMPARE(dump(), before);

    const qint64 kestrel = m_ws->accountId(QStringLiteral("Kestrel Foods"));
    QVERIFY(!workspace.execute(new SetCriterionScore(&workspace, kestrel, strength[0].id, 11)));
    QVERIFY(!workspace.execute(new SetCriterionScore(&workspace, kestrel, strength[0].id, 0)));
    QVERIFY(!workspace.execute(new AddCriterion(
        &workspace, {0, QStringLiteral("Sales volume"), {}, ScoringAxis::Strength, 5, -1})));
    QVERIFY2(workspace.errorString().contains(QStringLiteral("already exists")),
             qPrintable(workspace.errorString()));
    QVERIFY(!workspace.execute(new AddCriterion(
        &workspace, {0, QStringLiteral("Anything"), {}, ScoringAxis::Strength, -1, -1})));

    TierScheme overlapping;
    overlapping.name = QStringLiteral("Bad");
    overlapping.bands = {{QStringLiteral("A"), 50.0, std::nullopt},
                         {QStringLiteral("B"), 50.0, std::nullopt}};
    QVERIFY(!workspace.execute(new SaveTierScheme(&workspace, overlapping)));
    QVERIFY(workspace.errorString().contains(QStringLiteral("overlap")));
    TierScheme unordered = overlapping;
    unordered.bands[1].minScore = 80;
    QVERIFY(!workspace.execute(new SaveTierScheme(&workspace, unordered)));
    TierScheme football = *store.tierSchemeNamed(QStringLiteral("Football"));
    football.bands[0].minScore = 80;
    QVERIFY(!workspace.execute(new SaveTierScheme(&workspace, football)));
    QVERIFY(workspace.errorString().contains(QStringLiteral("built-in")));
    QVERIFY(!workspace.execute(new RemoveTierScheme(&workspace, football.id, football.name)));
    QVERIFY(!workspace.execute(new SetActiveTierScheme(&workspace, QStringLiteral("Nope"))));
    QList<Criterion> duplicate = store.criteria();
    duplicate.append(duplicate.first());
    duplicate.last().id = 0;
    QVERIFY(!workspace.execute(new ReplaceCriteria(&workspace, duplicate, {}, QString())));

    QCOMPARE(dump(), before);
    // Only the three accepted (and undone) zero-weight edits are on the stack.
    QCOMPARE(workspace.undoStack()->count(), undoSteps + 3);
}

QTEST_GUILESS_MAIN(TestScoringCommands)
#include "TestScoringCommands.moc"
