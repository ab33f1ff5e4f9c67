#include "FilterBar.h"

#include "board/BoardData.h"
#include "domain/LocalFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QShortcut>
#include <QStringListModel>
#include <QTimer>

#include <QAbstractItemView>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <utility>

namespace Kingside {
namespace {

void refill(QComboBox *box, const QString &all, const QList<std::pair<qint64, QString>> &items)
{
    const qint64 current = box->currentData().toLongLong();
    box->clear();
    box->addItem(all, qint64(0));
    for (const auto &[id, name] : items)
        box->addItem(name, id);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("boardFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Show:"), this));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("filterTeamMember"));
    m_team->setToolTip(tr("Only this team member's lines"));
    m_team->setAccessibleName(tr("Team member's lines"));
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("filterProduct"));
    m_product->setToolTip(tr("Only the users and specifiers of this product"));
    m_product->setAccessibleName(tr("Product"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("filterKind"));
    m_kind->setToolTip(tr("Only lines of this kind"));
    m_kind->setAccessibleName(tr("Kind of line"));
    m_kind->addItem(tr("All kinds of line"), -1);
    for (const RelationshipKind kind : allValues<RelationshipKind>())
        m_kind->addItem(kind == RelationshipKind::Working ? tr("Our team's lines")
                                                          : displayName(kind),
                        int(kind));
    m_changed = new QCheckBox(tr("Changed since"), this);
    m_changed->setObjectName(QStringLiteral("filterChanged"));
    m_since = new QDateEdit(QDate::currentDate().addMonths(-3), this);
    m_since->setObjectName(QStringLiteral("filterChangedSince"));
    m_since->setCalendarPopup(true);
    m_since->setAccessibleName(tr("Changed since the day"));
    m_since->setDisplayFormat(LocalFormat::dateFormat());
    m_since->setEnabled(false);
    m_since->setVisible(false); // shown while "Changed since" is ticked
    // Long choices ("Users and specifiers of …") must not make the window wide: the boxes
    // show the start of the text and open at full width.
    for (QComboBox *box : {m_team, m_product, m_kind}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
        box->view()->setMinimumWidth(260);
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    auto *reset = new QToolButton(this);
    reset->setObjectName(QStringLiteral("filterClear"));
    reset->setText(tr("Clear"));
    reset->setToolTip(tr("Show everything again"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setPlaceholderText(tr("Find a person…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setMinimumWidth(120);
    m_search->setMaximumWidth(200);
    m_search->setToolTip(tr("Type part of a name: suggestions appear as you type. Enter finds "
                            "the next match (also F3)."));
    // Suggestions from the account's names, matching any part of them.
    m_names = new QStringListModel(this);
    m_completer = new QCompleter(m_names, this);
    m_completer->setObjectName(QStringLiteral("boardSearchCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_search->setCompleter(m_completer);
    m_searchMessage = new QLabel(this);
    m_searchMessage->setObjectName(QStringLiteral("boardSearchMessage"));
    m_searchMessage->setStyleSheet(QStringLiteral("color: #a01010;"));

    layout->addWidget(m_team);
    layout->addWidget(m_product);
    layout->addWidget(m_kind);
    layout->addWidget(m_changed);
    layout->addWidget(m_since);
    layout->addWidget(reset);
    layout->addStretch(1);
    layout->addWidget(m_searchMessage);
    layout->addWidget(m_search);

    refill(m_team, tr("Everyone's lines"), {});
    refill(m_product, tr("All products"), {});
    const auto changed = [this] { emitFilter(); };
    connect(m_team, &QComboBox::currentIndexChanged, this, changed);
    connect(m_product, &QComboBox::currentIndexChanged, this, changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_changed, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        m_since->setVisible(on);
        emitFilter();
    });
    connect(m_since, &QDateEdit::dateChanged, this, changed);
    connect(reset, &QToolButton::clicked, this, &FilterBar::clear);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (std::exchange(m_completed, false))
            return;
        m_searchMessage->clear();
        emit searchRequested(m_search->text().trimmed());
    });
    connect(m_search, &QLineEdit::textEdited, m_searchMessage, &QLabel::clear);
    connect(m_search, &QLineEdit::textEdited, this, &FilterBar::searchEdited);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) {
                m_searchMessage->clear();
                emit searchEdited();
                emit searchRequested(name);
                // The Enter that picked the suggestion may reach the field too: it must
                // not step on to the next match.
                m_completed = true;
                QTimer::singleShot(0, this, [this] { m_completed = false; });
            });
    auto *next = new QShortcut(QKeySequence::FindNext, this);
    next->setContext(Qt::WindowShortcut);
    connect(next, &QShortcut::activated, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            emit searchRequested(m_search->text().trimmed());
    });
}

void FilterBar::setContext(const BoardData &data)
{
    m_updating = true;
    QList<std::pair<qint64, QString>> team;
    for (const Person &person : data.team)
        team.append({person.id, tr("%1's lines").arg(person.name)});
    refill(m_team, tr("Everyone's lines"), team);
    QList<std::pair<qint64, QString>> products;
    for (const auto &[id, name] : data.products)
        products.append({id, tr("Users and specifiers of %1").arg(name)});
    refill(m_product, tr("All products"), products);
    QStringList names;
    for (const QList<Person> *people : {&data.clients, &data.team})
        for (const Person &person : *people)
            names.append(person.name);
    names.sort(Qt::CaseInsensitive);
    if (names != m_names->stringList())
        m_names->setStringList(names);
    m_updating = false;
}

BoardFilter FilterBar::filter() const
{
    BoardFilter filter;
    filter.teamMemberId = m_team->currentData().toLongLong();
    filter.productId = m_product->currentData().toLongLong();
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        filter.kind = RelationshipKind(kind);
    if (m_changed->isChecked())
        filter.changedSince = m_since->date();
    return filter;
}

void FilterBar::setFilter(const BoardFilter &filter)
{
    m_updating = true;
    m_team->setCurrentIndex(qMax(0, m_team->findData(filter.teamMemberId)));
    m_product->setCurrentIndex(qMax(0, m_product->findData(filter.productId)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(filter.kind ? int(*filter.kind) : -1)));
    m_changed->setChecked(filter.changedSince.isValid());
    m_since->setVisible(filter.changedSince.isValid());
    if (filter.changedSince.isValid())
        m_since->setDate(filter.changedSince);
    m_updating = false;
    emitFilter();
}

void FilterBar::clear()
{
    setFilter({});
}

void FilterBar::setSearchMessage(const QString &text)
{
    m_searchMessage->setText(text);
}

void FilterBar::emitFilter()
{
    if (!m_updating)
        emit filterChanged(filter());
}

} // namespace Kingside
