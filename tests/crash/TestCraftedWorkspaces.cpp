#include "WorkspaceFuzz.h"

#include <QtTest>

using namespace Kingside;
using WorkspaceFuzz::Input;

// Crafted workspace files (the fuzz harness of tests/exchange/fuzz, README "Crashes, full
// disks and read-only media") give a verdict, never a crash.
class TestCraftedWorkspaces : public QObject
{
    Q_OBJECT

private slots:
    void untouchedTemplateIsSound();
    void brokenForeignKeyIsDamaged();
    void newerSchemaIsRefused();
    void foreignApplicationIdIsRefused();
    void hugeAndWrongValuesAreSurvived();
    void plantedObjectsAreSurvived();
    void cutFileIsNotOpened();
};

void TestCraftedWorkspaces::untouchedTemplateIsSound()
{
    const auto outcome = WorkspaceFuzz::run({});
    QCOMPARE(outcome.check, WorkspaceCheck::Status::Sound);
    QVERIFY(outcome.openedReadOnly);
    QVERIFY2(outcome.openedForEditing, qPrintable(outcome.openError));
    QCOMPARE(outcome.accountsAnalysed, 2);
}

void TestCraftedWorkspaces::brokenForeignKeyIsDamaged()
{
    const auto outcome =
        WorkspaceFuzz::run(Input().set("relationships", 0, "from_id", qint64(987654)).bytes());
    QCOMPARE(outcome.check, WorkspaceCheck::Status::Damaged);
}

void TestCraftedWorkspaces::newerSchemaIsRefused()
{
    const auto outcome = WorkspaceFuzz::run(Input().userVersion(9999).bytes());
    QCOMPARE(outcome.check, WorkspaceCheck::Status::NotWorkspace);
    QVERIFY(!outcome.openedForEditing);
    QVERIFY2(outcome.openError.contains(QLatin1String("newer")), qPrintable(outcome.openError));
}

void TestCraftedWorkspaces::foreignApplicationIdIsRefused()
{
    const auto outcome = WorkspaceFuzz::run(Input().applicationId(42).bytes());
    QCOMPARE(outcome.check, WorkspaceCheck::Status::NotWorkspace);
    QVERIFY(!outcome.openedReadOnly);
    QVERIFY(!outcome.openedForEditing);
}

void TestCraftedWorkspaces::hugeAndWrongValuesAreSurvived()
{
    for (int which = 0; which < WorkspaceFuzz::hugeValueCount(); ++which) {
        Input input;
        for (const char *column : {"rank", "name"})
            input.huge("levels", 0, column, which);
        for (const char *column : {"department_id", "level_id", "decision_role", "attitude"})
            input.huge("people", which % 5, column, which);
        input.huge("relationships", which, "strength", which)
            .huge("relationships", which, "last_contact", which)
            .huge("accounts", 0, "freshness_days", which);
        const auto outcome = WorkspaceFuzz::run(input.bytes());
        QVERIFY(outcome.openedReadOnly || !outcome.checkSummary.isEmpty());
    }
}

void TestCraftedWorkspaces::plantedObjectsAreSurvived()
{
    for (int which = 0; which < WorkspaceFuzz::plantCount(); ++which) {
        const auto outcome = WorkspaceFuzz::run(Input().plant(which).bytes());
        QVERIFY(!outcome.checkSummary.isEmpty());
    }
}

void TestCraftedWorkspaces::cutFileIsNotOpened()
{
    const auto outcome = WorkspaceFuzz::run(Input().truncate(3000).bytes());
    QVERIFY(outcome.check != WorkspaceCheck::Status::Sound);
    QVERIFY(!outcome.openedForEditing);
}

QTEST_GUILESS_MAIN(TestCraftedWorkspaces)
#include "TestCraftedWorkspaces.moc"
