#include "TierSchemeDialog.h"

#include "scoring/RemoveTierScheme.h"
#include "scoring/SaveTierScheme.h"
#include "scoring/ScoringStore.h"
#include "scoring/SetActiveTierScheme.h"
#include "scoring/Tiering.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kingside {

TierSchemeDialog::TierSchemeDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("tierSchemeDialog"));
    setWindowTitle(tr("Tier schemes"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("schemeList"));
    m_list->setAccessibleName(tr("Tier schemes"));
    m_list->setAccessibleDescription(
        tr("The workspace's tier schemes; the one in use is marked in its name"));
    auto *newButton = new QPushButton(tr("&New"));
    newButton->setAccessibleName(tr("New scheme"));
    newButton->setObjectName(QStringLiteral("newSchemeButton"));
    auto *copyButton = new QPushButton(tr("&Copy"));
    copyButton->setAccessibleName(tr("Copy scheme"));
    copyButton->setObjectName(QStringLiteral("copySchemeButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(copyButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("schemeNameEdit"));
    m_basis = new QComboBox;
    m_basis->setObjectName(QStringLiteral("basisCombo"));
    m_basis->addItem(tr("By attractiveness score (lowest score of each band)"),
                     int(TierScheme::Basis::Score));
    m_basis->addItem(tr("By rank (top N accounts; empty = the rest)"),
                     int(TierScheme::Basis::Rank));
    m_bands = new QTableWidget(0, 2);
    m_bands->setObjectName(QStringLiteral("bandTable"));
    m_bands->setAccessibleName(tr("Tiers"));
    m_bands->setAccessibleDescription(
        tr("The scheme's tiers, best first, each with the lowest score or the highest rank it "
           "takes"));
    m_bands->setHorizontalHeaderLabels({tr("Tier, best first"), tr("From score / up to rank")});
    m_bands->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_bands->verticalHeader()->hide();
    m_addBand = new QPushButton(tr("Add &tier"));
    m_addBand->setObjectName(QStringLiteral("addBandButton"));
    m_removeBand = new QPushButton(tr("Remove tier"));
    m_removeBand->setObjectName(QStringLiteral("removeBandButton"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("schemeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveSchemeButton"));
    m_remove = new QPushButton(tr("&Remove scheme"));
    m_remove->setObjectName(QStringLiteral("removeSchemeButton"));
    m_use = new QPushButton(tr("&Use for this workspace"));
    m_use->setObjectName(QStringLiteral("useSchemeButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Tiers:"), m_basis);
    auto *bandButtons = new QHBoxLayout;
    bandButtons->addWidget(m_addBand);
    bandButtons->addWidget(m_removeBand);
    bandButtons->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_use);
    actions->addStretch();
    actions->addWidget(m_remove);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_bands, 1);
    right->addLayout(bandButtons);
    right->addWidget(m_problem);
    right->addLayout(actions);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            fillForm();
    });
    connect(newButton, &QPushButton::clicked, this, &TierSchemeDialog::newScheme);
    connect(copyButton, &QPushButton::clicked, this, &TierSchemeDialog::copyScheme);
    connect(m_save, &QPushButton::clicked, this, &TierSchemeDialog::saveScheme);
    connect(m_remove, &QPushButton::clicked, this, &TierSchemeDialog::removeScheme);
    connect(m_use, &QPushButton::clicked, this, &TierSchemeDialog::useScheme);
    connect(m_addBand, &QPushButton::clicked, this, &TierSchemeDialog::addBand);
    connect(m_removeBand, &QPushButton::clicked, this, &TierSchemeDialog::removeBand);
    connect(m_name, &QLineEdit::textChanged, this, &TierSchemeDialog::validateForm);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &TierSchemeDialog::validateForm);
    connect(m_bands, &QTableWidget::itemChanged, this, &TierSchemeDialog::validateForm);
    connect(workspace, &Workspace::changed, this, [this](const Change &change) {
        if (change.entity == Change::Entity::TierScheme ||
            change.entity == Change::Entity::Everything)
            reload();
    });
    reload();
    resize(720, 420);
}

void TierSchemeDialog::reload()
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    const ScoringStore store(m_workspace->database());
    m_schemes = store.tierSchemes();
    const QString active = store.activeSchemeName();
    m_filling = true;
    m_list->clear();
    for (const TierScheme &scheme : std::as_const(m_schemes)) {
        QString label = scheme.name;
        if (scheme.builtin)
            label += tr(" (built in)");
        if (scheme.name == active)
            label += tr(" — active");
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, scheme.name);
    }
    m_filling = false;
    selectScheme(current.isEmpty() ? active : current);
}

void TierSchemeDialog::selectScheme(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            fillForm();
            return;
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    fillForm();
}

void TierSchemeDialog::fillForm()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_schemes.size())
        return;
    const TierScheme &scheme = m_schemes[row];
    m_filling = true;
    m_editingId = scheme.id;
    m_name->setText(scheme.name);
    m_basis->setCurrentIndex(m_basis->findData(int(scheme.basis)));
    m_bands->setRowCount(0);
    const QLocale locale = QLocale::c();
    for (const TierBand &band : scheme.bands) {
        const int r = m_bands->rowCount();
        m_bands->insertRow(r);
        m_bands->setItem(r, 0, new QTableWidgetItem(band.name));
        const QString limit = band.minScore  ? locale.toString(*band.minScore, 'g', 6)
                              : band.maxRank ? QString::number(*band.maxRank)
                                             : QString();
        m_bands->setItem(r, 1, new QTableWidgetItem(limit));
    }
    const bool editable = !scheme.builtin && m_workspace->mayWrite(false);
    m_name->setReadOnly(!editable);
    m_basis->setEnabled(editable);
    m_bands->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                      : QAbstractItemView::NoEditTriggers);
    m_addBand->setEnabled(editable);
    m_removeBand->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_use->setEnabled(m_workspace->mayWrite(false));
    m_filling = false;
    validateForm();
    if (scheme.builtin)
        m_problem->setText(tr("Built-in schemes cannot be changed; copy one to adapt it."));
}

TierScheme TierSchemeDialog::formScheme() const
{
    TierScheme scheme;
    scheme.id = m_editingId;
    scheme.name = m_name->text().trimmed();
    scheme.basis = TierScheme::Basis(m_basis->currentData().toInt());
    const QLocale c = QLocale::c();
    for (int r = 0; r < m_bands->rowCount(); ++r) {
        TierBand band;
        band.name = m_bands->item(r, 0) ? m_bands->item(r, 0)->text().trimmed() : QString();
        const QString limit =
            m_bands->item(r, 1) ? m_bands->item(r, 1)->text().trimmed() : QString();
        if (!limit.isEmpty()) {
            bool ok = false;
            if (scheme.basis == TierScheme::Basis::Score) {
                const double value = c.toDouble(limit, &ok);
                band.minScore = ok ? value : -1.0; // -1 is refused by validation
            } else {
                const int value = c.toInt(limit, &ok);
                band.maxRank = ok ? value : 0; // 0 is refused by validation
            }
        }
        scheme.bands.append(band);
    }
    return scheme;
}

QString TierSchemeDialog::problem() const
{
    return Tiering::validate(formScheme());
}

void TierSchemeDialog::validateForm()
{
    if (m_filling)
        return;
    const QString text = problem();
    m_problem->setText(text);
    bool builtin = false;
    for (const TierScheme &scheme : std::as_const(m_schemes)) {
        if (scheme.id == m_editingId)
            builtin = scheme.builtin;
    }
    m_save->setEnabled(text.isEmpty() && !builtin && m_workspace->mayWrite(false));
}

void TierSchemeDialog::newScheme()
{
    m_filling = true;
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_editingId = 0;
    m_name->setReadOnly(false);
    m_name->setText(tr("My tiers"));
    m_basis->setEnabled(true);
    m_basis->setCurrentIndex(0);
    m_bands->setRowCount(0);
    m_bands->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_addBand->setEnabled(true);
    m_removeBand->setEnabled(true);
    m_remove->setEnabled(false);
    m_use->setEnabled(false);
    const QList<std::pair<QString, QString>> bands{{tr("Key"), QStringLiteral("60")},
                                                   {tr("Develop"), QStringLiteral("40")},
                                                   {tr("Maintain"), QStringLiteral("0")}};
    for (const auto &[name, limit] : bands) {
        const int r = m_bands->rowCount();
        m_bands->insertRow(r);
        m_bands->setItem(r, 0, new QTableWidgetItem(name));
        m_bands->setItem(r, 1, new QTableWidgetItem(limit));
    }
    m_filling = false;
    validateForm();
}

void TierSchemeDialog::copyScheme()
{
    const TierScheme source = formScheme();
    const qint64 sourceId = m_editingId;
    m_editingId = 0;
    m_filling = true;
    m_name->setReadOnly(false);
    m_name->setText(tr("%1 (copy)").arg(source.name));
    m_basis->setEnabled(true);
    m_bands->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_addBand->setEnabled(true);
    m_removeBand->setEnabled(true);
    m_remove->setEnabled(false);
    m_use->setEnabled(false);
    m_filling = false;
    Q_UNUSED(sourceId)
    validateForm();
}

void TierSchemeDialog::addBand()
{
    const int r = m_bands->rowCount();
    m_filling = true;
    m_bands->insertRow(r);
    m_bands->setItem(r, 0, new QTableWidgetItem(tr("Tier %1").arg(r + 1)));
    m_bands->setItem(r, 1, new QTableWidgetItem(QString()));
    m_filling = false;
    validateForm();
}

void TierSchemeDialog::removeBand()
{
    const int r = m_bands->currentRow() >= 0 ? m_bands->currentRow() : m_bands->rowCount() - 1;
    if (r >= 0)
        m_bands->removeRow(r);
    validateForm();
}

bool TierSchemeDialog::run(WorkspaceCommand *command)
{
    if (!m_workspace->execute(command)) {
        m_problem->setText(m_workspace->errorString());
        return false;
    }
    return true;
}

void TierSchemeDialog::saveScheme()
{
    const TierScheme scheme = formScheme();
    if (const QString text = Tiering::validate(scheme); !text.isEmpty()) {
        m_problem->setText(text);
        return;
    }
    if (run(new SaveTierScheme(m_workspace, scheme)))
        selectScheme(scheme.name);
}

void TierSchemeDialog::removeScheme()
{
    if (m_editingId > 0)
        run(new RemoveTierScheme(m_workspace, m_editingId, m_name->text()));
}

void TierSchemeDialog::useScheme()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_schemes.size())
        run(new SetActiveTierScheme(m_workspace, m_schemes[row].name));
}

} // namespace Kingside
