#pragma once

#include "workspace/WorkspaceCheck.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace Kingside::WorkspaceFuzz {

// A crafted workspace file, as the fuzz target fuzz_workspace and the regression test
// TestCraftedWorkspaces build it: a small valid workspace (one account with people,
// lines and a wall), changed by the operations an input spells (wrong types, huge values,
// deleted or copied rows with broken keys, pragmas, planted triggers, views and tables,
// SQL, then bytes poked into or cut off the file), then checked, opened read-only,
// analysed, opened for editing and analysed again, as Kingside would. It must never crash
// or hang, whatever the input.
struct Outcome
{
    WorkspaceCheck::Status check = WorkspaceCheck::Status::NotWorkspace;
    QString checkSummary;
    bool openedReadOnly = false;
    bool openedForEditing = false;
    QString openError; // why opening for editing failed
    int accountsAnalysed = 0;
};

Outcome run(const QByteArray &input);

// Builds inputs by name rather than by byte, for hand-written cases. Table and column
// names are looked up in the template (a name that does not exist is an empty input).
class Input
{
public:
    Input &set(const char *table, int row, const char *column, const QVariant &value);
    Input &huge(const char *table, int row, const char *column, int which);
    Input &remove(const char *table, int row);
    Input &copy(const char *table, int row, qint64 newId);
    Input &userVersion(qint32 version);
    Input &applicationId(qint32 id);
    Input &plant(int which);
    Input &sql(const QByteArray &statement);
    Input &poke(quint32 offset, const QByteArray &bytes);
    Input &truncate(quint32 size);

    QByteArray bytes() const { return m_bytes; }

private:
    Input &value(const QVariant &value);
    void u8(int value) { m_bytes.append(char(quint8(value))); }
    void u16(int value);
    void u32(quint32 value);
    void i64(qint64 value);

    QByteArray m_bytes;
};

// The special values the "huge" operation writes (INT64_MAX, INT64_MIN, 2^31, -1, 1e308,
// NaN, an empty text, a 100 kB text).
int hugeValueCount();
// The objects the "plant" operation can add to the file.
int plantCount();

} // namespace Kingside::WorkspaceFuzz
