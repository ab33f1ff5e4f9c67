#pragma once

#include "DatabaseDump.h"

#include "commands/WorkspaceCommand.h"
#include "workspace/Workspace.h"

#include <QUndoStack>
#include <QtTest>

// Shared checks of the account tests. They report through QTest; a caller returns when
// QTest::currentTestFailed().
namespace Kingside::Test {

// Runs the command, then checks that undo gives back exactly the rows before, redo
// exactly the rows after, and leaves it applied.
inline void checkUndoRedo(Workspace &workspace, WorkspaceCommand *command)
{
    const QString before = dumpDatabase(workspace.database());
    QVERIFY2(workspace.execute(command), qPrintable(workspace.errorString()));
    const QString after = dumpDatabase(workspace.database());
    QVERIFY(after != before);
    workspace.undoStack()->undo();
    QCOMPARE(dumpDatabase(workspace.database()), before);
    workspace.undoStack()->redo();
    QCOMPARE(dumpDatabase(workspace.database()), after);
}

// Runs a command that must be refused with a sentence containing `sentence`, writing
// nothing and pushing nothing on the undo stack.
inline void checkRefused(Workspace &workspace, WorkspaceCommand *command, const QString &sentence)
{
    const QString before = dumpDatabase(workspace.database());
    const int steps = workspace.undoStack()->count();
    QVERIFY(!workspace.execute(command));
    QVERIFY2(workspace.lastError().message.contains(sentence),
             qPrintable(workspace.lastError().message));
    QCOMPARE(workspace.undoStack()->count(), steps);
    QCOMPARE(dumpDatabase(workspace.database()), before);
}

} // namespace Kingside::Test
