#pragma once

#include "WorkspaceCommand.h"

#include <QVariantMap>

namespace Kingside {

// The one template for plain property edits: sets some columns of one row and puts
// the previous values (and the row's updated_at) back on undo.
class SetProperties : public WorkspaceCommand
{
public:
    // `values` maps column names to new values; only columns listed as editable for the
    // entity are accepted (anything else is refused when applied).
    SetProperties(Workspace *workspace, Change::Entity entity, qint64 id, const QVariantMap &values,
                  const QString &text);

    int id() const override { return int(CommandId::SetProperty); }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const QVariantMap &values, const QVariant &updatedAt, QString *error);

    Change::Entity m_entity;
    qint64 m_rowId;
    qint64 m_accountId = 0;
    QVariantMap m_newValues;
    QVariantMap m_oldValues;
    QVariant m_oldUpdatedAt;
    QString m_stamp; // when first applied: a redo writes the same row again
    bool m_captured = false;
};

} // namespace Kingside
