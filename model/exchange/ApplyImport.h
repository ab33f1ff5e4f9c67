#pragma once

#include "ImportPlan.h"
#include "ImportRows.h"

#include "commands/WorkspaceCommand.h"

#include <QSqlRecord>

#include <functional>
#include <memory>

namespace Kingside {

class AddAccount;

// Writes an ImportPlan as one undoable edit in one transaction: the account when it is
// new, departments, levels and competitors, added and updated people, new and changed
// lines. Undo deletes what was added and puts the updated rows back exactly.
class ApplyImport : public WorkspaceCommand
{
public:
    // `rows` may be built before (ImportRows::of(plan), off the GUI thread); without them,
    // or when they do not fit the plan, the command builds them itself.
    ApplyImport(Workspace *workspace, const ImportPlan &plan,
                std::shared_ptr<const ImportRows> rows = {});

    // Told how far the first writing got: rows written and rows to write, after every
    // statement of many rows. Returning false stops the import: nothing of it is kept
    // (the transaction is rolled back) and the command fails with stoppedText(). Used
    // for the first apply only, never on undo or redo.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    void setProgress(Progress progress) { m_progressForFirstRun = std::move(progress); }
    static QString stoppedText();

    // Into the account that `added` creates just before, in one CommandGroup (the import
    // dialog's "New account"): the plan's account, departments and levels are left to it.
    void intoAccountOf(const AddAccount *added) { m_accountFrom = added; }

    qint64 accountId() const { return m_accountId; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool insertStructure(QString *error);
    bool writePeople(QString *error);
    bool writeLines(QString *error);
    qint64 personId(const PersonRef &ref) const;
    bool report(qsizetype done);
    bool createsAccount() const { return !m_accountFrom && m_plan.createsAccount(); }

    ImportPlan m_plan;
    std::shared_ptr<const ImportRows> m_rows;
    Progress m_progressForFirstRun;
    Progress m_progress; // this run's, when it reports
    qsizetype m_total = 0;
    bool m_stopped = false;
    const AddAccount *m_accountFrom = nullptr;
    qint64 m_accountId = 0;
    // Ids given the first time, reused on redo so that later commands still match.
    QList<qint64> m_levelIds;
    QList<qint64> m_departmentIds;
    QList<qint64> m_competitorIds;
    QList<qint64> m_personIds;
    QList<qint64> m_lineIds;
    QList<qint64> m_defaultLevelIds;
    QList<QSqlRecord> m_peopleBefore;
    QList<QSqlRecord> m_linesBefore;
};

} // namespace Kingside
