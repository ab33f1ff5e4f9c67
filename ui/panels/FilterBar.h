#pragma once

#include "board/BoardFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace Kingside {

struct BoardData;

// Above the board: show one team member's lines, one product's users and specifiers,
// one kind of line, or the people changed since a day; and find a person by name.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Fill the choices from an account's data, keeping the current choice where it exists.
    void setContext(const BoardData &data);
    BoardFilter filter() const;
    void setFilter(const BoardFilter &filter);
    void clear();
    // A short note beside the search field ("nobody called …").
    void setSearchMessage(const QString &text);

    QComboBox *teamBox() const { return m_team; }
    QComboBox *productBox() const { return m_product; }
    QComboBox *kindBox() const { return m_kind; }
    QCheckBox *changedBox() const { return m_changed; }
    QDateEdit *changedSinceEdit() const { return m_since; }
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void filterChanged(const Kingside::BoardFilter &filter);
    void searchRequested(const QString &text);
    // The search text was changed by typing (a new search starts from the first match).
    void searchEdited();

private:
    void emitFilter();

    QComboBox *m_team;
    QComboBox *m_product;
    QComboBox *m_kind;
    QCheckBox *m_changed;
    QDateEdit *m_since;
    QLineEdit *m_search;
    QLabel *m_searchMessage;
    QCompleter *m_completer;
    QStringListModel *m_names;
    bool m_updating = false;
    bool m_completed = false; // a suggestion was just picked
};

} // namespace Kingside
