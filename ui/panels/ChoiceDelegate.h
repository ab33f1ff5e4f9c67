#pragma once

#include <QStyledItemDelegate>

namespace Kingside {

// Edits a table cell whose model offers choices (a QVariantList of {"text", "value"}
// maps in `choicesRole`) with a combo box that writes the chosen value at once; other
// cells get Qt's usual editors.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(int choicesRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    int m_choicesRole;
};

} // namespace Kingside
