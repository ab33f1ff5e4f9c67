// The board's edit commands: each applies, undoes and redoes exactly, and bad edits are
// refused with a readable reason and nothing written.
#include "DatabaseDump.h"
#include "TestWorkspace.h"
#include "commands/AddRelationship.h"
#include "commands/AddWall.h"
#include "commands/MovePiece.h"
#include "commands/RemoveWall.h"
#include "commands/SetProperties.h"
#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"

#include <QUndoStack>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

class TestBoardCommands : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestWorkspace ws{TestWorkspace::Content::Demo};
        qint64 account = 0;
        QList<Department> departments;
        QList<Level> levels;
        QList<Person> people;
        Fixture()
        {
            account = ws.accountId(DemoBuilder::largestAccountName());
            departments = AccountStore(ws->database()).departments(account);
            levels = AccountStore(ws->database()).levels(account);
            people = PersonStore(ws->database()).people(account);
        }
        const Person &client(int n = 0) const
        {
            int seen = 0;
            for (const Person &p : people)
                if (!p.isTeam() && seen++ == n)
                    return p;
            return people.first();
        }
        const Person &king() const
        {
            for (const Person &p : people)
                if (p.decisionRole == DecisionRole::DecisionMaker)
                    return p;
            return people.first();
        }
        // Undo then redo must give exactly the dumps before and after.
        void checkUndoRedo(const QString &before)
        {
            const QString after = dumpDatabase(ws->database());
            QVERIFY(after != before);
            ws->undoStack()->undo();
            QCOMPARE(dumpDatabase(ws->database()), before);
            ws->undoStack()->redo();
            QCOMPARE(dumpDatabase(ws->database()), after);
        }
    };

private slots:
    void movePieceChangesDepartmentAndLevelInOneStep()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        const Person &person = f.client(3);
        Department target;
        for (const Department &d : f.departments)
            if (d.id != person.departmentId)
                target = d;
        Level level;
        for (const Level &l : f.levels)
            if (l.id != person.levelId)
                level = l;
        const QString before = dumpDatabase(f.ws->database());
        const int steps = f.ws->undoStack()->count();
        QVERIFY(f.ws->execute(
            new MovePiece(&f.ws.workspace(), person.id, target.id, level.id, person.name)));
        QCOMPARE(f.ws->undoStack()->count(), steps + 1);
        const auto moved = PersonStore(f.ws->database()).person(person.id);
        QCOMPARE(moved->departmentId, target.id);
        QCOMPARE(moved->levelId, level.id);
        f.checkUndoRedo(before);
    }

    void movePieceRefusesALevelThatDoesNotExist()
    {
        Fixture f;
        const Person &person = f.client(2);
        const QString before = dumpDatabase(f.ws->database());
        QVERIFY(!f.ws->execute(new MovePiece(&f.ws.workspace(), person.id, f.departments.first().id,
                                             987654, person.name)));
        QVERIFY2(f.ws->errorString().contains(QLatin1String("level")),
                 qPrintable(f.ws->errorString()));
        QCOMPARE(dumpDatabase(f.ws->database()), before);
        // A level of another account does not exist in this one either.
        const qint64 other = f.ws.accountId(QStringLiteral("Brightwater Foods"));
        QList<Level> foreign =
            other > 0 ? AccountStore(f.ws->database()).levels(other) : QList<Level>{};
        if (foreign.isEmpty()) {
            for (const Account &account : AccountStore(f.ws->database()).accounts())
                if (account.id != f.account)
                    foreign = AccountStore(f.ws->database()).levels(account.id);
        }
        QVERIFY(!foreign.isEmpty());
        QVERIFY(!f.ws->execute(new MovePiece(&f.ws.workspace(), person.id, f.departments.first().id,
                                             foreign.first().id, person.name)));
        QCOMPARE(dumpDatabase(f.ws->database()), before);
    }

    void movePieceRefusesTeamMembers()
    {
        Fixture f;
        qint64 member = 0;
        for (const Person &p : f.people)
            if (p.isTeam())
                member = p.id;
        const QString before = dumpDatabase(f.ws->database());
        QVERIFY(!f.ws->execute(new MovePiece(&f.ws.workspace(), member, f.departments.first().id,
                                             f.levels.first().id, QStringLiteral("x"))));
        QCOMPARE(dumpDatabase(f.ws->database()), before);
    }

    void addAndRemoveWallUndoExactly()
    {
        Fixture f;
        const QString before = dumpDatabase(f.ws->database());
        Wall wall;
        wall.accountId = f.account;
        wall.kind = WallKind::Department;
        wall.a = f.departments[0].id;
        wall.b = f.departments[1].id;
        auto *add = new AddWall(&f.ws.workspace(), wall);
        QVERIFY2(f.ws->execute(add), qPrintable(f.ws->errorString()));
        const qint64 id = add->wallId();
        QVERIFY(id > 0);
        f.checkUndoRedo(before);

        const QString withWall = dumpDatabase(f.ws->database());
        QVERIFY(f.ws->execute(new RemoveWall(&f.ws.workspace(), id)));
        QCOMPARE(Sql::scalar(f.ws->database(),
                             QStringLiteral("SELECT count(*) FROM walls WHERE id = ?"), {id})
                     ->toInt(),
                 0);
        f.checkUndoRedo(withWall);
    }

    void wallsAreRefusedTwiceAndOnTheSameFile()
    {
        Fixture f;
        const QList<Wall> walls = AccountStore(f.ws->database()).walls(f.account);
        QVERIFY(!walls.isEmpty()); // the demo has a wall IT | Engineering
        const QString before = dumpDatabase(f.ws->database());
        Wall again = walls.first();
        again.id = 0;
        std::swap(again.a, again.b); // the same wall, named the other way round
        QVERIFY(!f.ws->execute(new AddWall(&f.ws.workspace(), again)));
        Wall self;
        self.accountId = f.account;
        self.a = self.b = f.departments[0].id;
        QVERIFY(!f.ws->execute(new AddWall(&f.ws.workspace(), self)));
        QCOMPARE(dumpDatabase(f.ws->database()), before);
    }

    void secondKingIsRefused()
    {
        Fixture f;
        const Person &someone = f.client(5);
        QVERIFY(someone.id != f.king().id);
        const QString before = dumpDatabase(f.ws->database());
        QVERIFY(!f.ws->execute(
            new SetProperties(&f.ws.workspace(), Change::Entity::Person, someone.id,
                              {{QStringLiteral("decision_role"), QStringLiteral("decision_maker")},
                               {QStringLiteral("name"), QStringLiteral("Half Applied")}},
                              QStringLiteral("Crown"))));
        QVERIFY2(f.ws->errorString().contains(QLatin1String("King")),
                 qPrintable(f.ws->errorString()));
        QCOMPARE(dumpDatabase(f.ws->database()), before); // the name change was not written either
    }

    void selfRelationshipAndStrengthSevenAreRefused()
    {
        Fixture f;
        const QString before = dumpDatabase(f.ws->database());
        Relationship self;
        self.accountId = f.account;
        self.fromId = self.toId = f.client(1).id;
        QVERIFY(!f.ws->execute(new AddRelationship(&f.ws.workspace(), self)));
        Relationship seven;
        seven.accountId = f.account;
        seven.fromId = f.client(1).id;
        seven.toId = f.client(2).id;
        seven.kind = RelationshipKind::Alliance;
        seven.strength = 7;
        QVERIFY(!f.ws->execute(new AddRelationship(&f.ws.workspace(), seven)));
        QVERIFY(f.ws->errorString().contains(QLatin1String("1")));
        const qint64 existing = PersonStore(f.ws->database()).relationships(f.account).first().id;
        QVERIFY(!f.ws->execute(new SetProperties(&f.ws.workspace(), Change::Entity::Relationship,
                                                 existing, {{QStringLiteral("strength"), 7}},
                                                 QStringLiteral("x"))));
        QCOMPARE(dumpDatabase(f.ws->database()), before);
    }
};

QTEST_GUILESS_MAIN(TestBoardCommands)
#include "TestBoardCommands.moc"
