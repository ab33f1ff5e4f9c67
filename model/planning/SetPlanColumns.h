#pragma once

#include "commands/WorkspaceCommand.h"

#include <QStringList>
#include <QVariantMap>

namespace Kingside {

// Base of the plain edits of plan rows (the plan, an objective, an action): sets some
// whitelisted columns of one row and puts the previous values back on undo. The
// commands built on it take typed edits (PlanEdits.h) and turn them into the stored
// values here, so nothing outside model/planning names a column.
class SetPlanColumns : public WorkspaceCommand
{
public:
    struct Table
    {
        const char *name;
        const char *key; // "id", or "account_id" for the plan
        Change::Entity entity;
        bool hasUpdatedAt;
        QStringList columns;
    };

protected:
    SetPlanColumns(Workspace *workspace, const Table &table, qint64 key, const QVariantMap &values,
                   const QString &text);

    // Empty when the new values are acceptable for the row's account, else why not.
    virtual QString validate(qint64 accountId, const QVariantMap &values) const;

    bool apply(QString *error) override;
    bool revert(QString *error) override;

    qint64 key() const { return m_key; }

private:
    bool write(const QVariantMap &values, const QVariant &updatedAt, QString *error);

    Table m_table;
    qint64 m_key;
    qint64 m_accountId = 0;
    QVariantMap m_newValues;
    QVariantMap m_oldValues;
    QVariant m_oldUpdatedAt;
    QString m_stamp; // when first applied: a redo writes the same row again
    bool m_captured = false;
};

} // namespace Kingside
