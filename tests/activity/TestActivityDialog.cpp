// File → Import Activity… on the offscreen platform, driven by objectName (README,
// "Activity: meetings and mail keep freshness true"). The calendar is in Google's layout
// (cited in TestIcsReader).
#include "ActivityFixture.h"

#include "demo/DemoBuilder.h"
#include "dialogs/ActivityDialog.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kingside;
using namespace Kingside::Test;

class TestActivityDialog : public QObject
{
    Q_OBJECT

private slots:
    void readsOffTheGuiThreadPreviewsThenWrites()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        const qint64 accountId = ws.accountId(DemoBuilder::largestAccountName());
        const PersonStore store(ws->database());
        QHash<qint64, Person> people;
        for (const Person &person : store.people(accountId))
            people.insert(person.id, person);
        const QDate met = QDate::currentDate().addDays(-1);
        Relationship line;
        for (const Relationship &candidate : store.relationships(accountId)) {
            const Person from = people.value(candidate.fromId);
            const Person to = people.value(candidate.toId);
            if (from.isTeam() && !to.isTeam() && !from.email.isEmpty() && !to.email.isEmpty() &&
                candidate.lastContact.isValid() && candidate.lastContact < met) {
                line = candidate;
                break;
            }
        }
        QVERIFY(line.id);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calendar.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            calendarOf({{met, {people.value(line.fromId).email, people.value(line.toId).email}}}));
        file.close();

        const int stackBefore = ws->undoStack()->count();
        ActivityDialog dialog(&ws.workspace(), accountId);
        dialog.show();
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("activityApply"));
        QVERIFY(apply && !apply->isEnabled());
        dialog.addFiles({path});
        QSignalSpy ready(&dialog, &ActivityDialog::previewReady);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("activityRead")),
                          Qt::LeftButton);
        QVERIFY(dialog.isReading() || ready.count() == 1);
        QVERIFY(ready.count() == 1 || ready.wait(10000));
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("activityPreview"));
        QCOMPARE(preview->rowCount(), 1);
        QCOMPARE(preview->item(0, 0)->text(), people.value(line.fromId).name);
        QCOMPARE(preview->item(0, 1)->text(), people.value(line.toId).name);
        QCOMPARE(preview->item(0, 4)->text(), QStringLiteral("1"));
        // Nothing written before the user says so.
        QCOMPARE(store.relationship(line.id)->lastContact, line.lastContact);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(store.relationship(line.id)->lastContact, met);
        QCOMPARE(ws->undoStack()->count(), stackBefore + 1);
        ws->undoStack()->undo();
        QCOMPARE(store.relationship(line.id)->lastContact, line.lastContact);
    }

    void anUnreadableFileChangesNothing()
    {
        TestWorkspace ws(TestWorkspace::Content::Demo);
        const qint64 accountId = ws.accountId(DemoBuilder::largestAccountName());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just text\n");
        file.close();
        ActivityDialog dialog(&ws.workspace(), accountId);
        dialog.show();
        dialog.addFiles({path});
        QSignalSpy ready(&dialog, &ActivityDialog::previewReady);
        dialog.read();
        QVERIFY(ready.count() == 1 || ready.wait(10000));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("activitySummary"));
        QVERIFY(summary->text().contains(QStringLiteral("notes.txt")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("activityApply"))->isEnabled());
    }
};

QTEST_MAIN(TestActivityDialog)
#include "TestActivityDialog.moc"
