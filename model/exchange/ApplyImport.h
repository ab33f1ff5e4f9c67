#pragma once

#include "ImportPlan.h"

#include "commands/WorkspaceCommand.h"

#include <QSqlRecord>

namespace Kingside {

class AddAccount;

// Writes an ImportPlan as one undoable edit in one transaction: the account when it is
// new, departments, levels and competitors, added and updated people, new and changed
// lines. Undo deletes what was added and puts the updated rows back exactly.
class ApplyImport : public WorkspaceCommand
{
public:
    ApplyImport(Workspace *workspace, const ImportPlan &plan);

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
    bool createsAccount() const { return !m_accountFrom && m_plan.createsAccount(); }

    ImportPlan m_plan;
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
