#include "AccountPropertiesDialog.h"

#include "commands/AddAccountCompetitor.h"
#include "commands/AddAccountProduct.h"
#include "commands/AddPerson.h"
#include "commands/CommandGroup.h"
#include "commands/EditPerson.h"
#include "commands/RemoveAccountCompetitor.h"
#include "commands/RemoveAccountProduct.h"
#include "commands/SetAccountFacts.h"
#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kingside {
namespace {

// A list with a field to add to it and a button to remove its selected entry.
QGroupBox *listBox(const QString &title, QListWidget *list, QLineEdit *field, QPushButton *add,
                   QPushButton *remove, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    return box;
}

} // namespace

AccountPropertiesDialog::AccountPropertiesDialog(Workspace *workspace, qint64 accountId,
                                                 QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_accountId(accountId), m_name(new QLineEdit(this)),
      m_industry(new QLineEdit(this)), m_sales(new QDoubleSpinBox(this)),
      m_currency(new QComboBox(this)), m_profitability(new QDoubleSpinBox(this)),
      m_potential(new QDoubleSpinBox(this)), m_stage(new QComboBox(this)),
      m_cadence(new QSpinBox(this)), m_freshness(new QSpinBox(this)),
      m_objectives(new QPlainTextEdit(this)), m_buyingProcess(new QPlainTextEdit(this)),
      m_competitors(new QListWidget(this)), m_newCompetitor(new QLineEdit(this)),
      m_products(new QListWidget(this)), m_newProduct(new QLineEdit(this)),
      m_mentor(new QComboBox(this)), m_newMentor(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("accountPropertiesDialog"));
    const auto name = [](QWidget *widget, const char *objectName) {
        widget->setObjectName(QLatin1String(objectName));
    };
    name(m_name, "accountName");
    name(m_industry, "accountIndustry");
    name(m_sales, "accountSales");
    name(m_currency, "accountCurrency");
    name(m_profitability, "accountProfitability");
    name(m_potential, "accountPotential");
    name(m_stage, "accountStage");
    name(m_cadence, "accountCadence");
    name(m_freshness, "accountFreshness");
    name(m_objectives, "accountObjectives");
    name(m_buyingProcess, "accountBuyingProcess");
    name(m_competitors, "accountCompetitors");
    name(m_newCompetitor, "accountNewCompetitor");
    name(m_products, "accountProducts");
    name(m_newProduct, "accountNewProduct");
    name(m_mentor, "accountMentor");
    name(m_newMentor, "accountNewMentor");
    name(m_message, "accountMessage");

    // Wide ranges: the model's rules (AccountRules) say what is acceptable, in a sentence.
    m_sales->setRange(-1e12, 1e13);
    m_sales->setDecimals(0);
    m_sales->setGroupSeparatorShown(true);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("CHF"), QStringLiteral("SEK"), QStringLiteral("NOK"),
                          QStringLiteral("DKK"), QStringLiteral("JPY"), QStringLiteral("CNY"),
                          QStringLiteral("INR"), QStringLiteral("AUD"), QStringLiteral("CAD")});
    m_profitability->setRange(-1000, 1000);
    m_profitability->setSuffix(QStringLiteral(" %"));
    m_potential->setRange(-1e12, 1e13);
    m_potential->setDecimals(0);
    m_potential->setGroupSeparatorShown(true);
    for (const LifecycleStage stage : allValues<LifecycleStage>())
        m_stage->addItem(displayName(stage), codeOf(stage));
    m_cadence->setRange(0, 120);
    m_cadence->setSuffix(tr(" months"));
    m_freshness->setRange(0, 10000);
    m_freshness->setSuffix(tr(" days"));
    m_objectives->setPlaceholderText(tr("What the customer wants to achieve in the next years"));
    m_buyingProcess->setPlaceholderText(
        tr("How the customer buys: who is involved, in which steps, with which approvals"));
    m_newCompetitor->setPlaceholderText(tr("Competitor's name"));
    m_newProduct->setPlaceholderText(tr("Product's name"));
    m_newMentor->setPlaceholderText(tr("or a new mentor's name"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    // Fields that share a row have no label of their own (README "Accessibility").
    m_sales->setAccessibleName(tr("Annual sales"));
    m_currency->setAccessibleName(tr("Currency"));
    m_mentor->setAccessibleName(tr("Mentor"));
    m_newMentor->setAccessibleName(tr("New mentor's name"));
    m_competitors->setAccessibleName(tr("Competitors in this account"));
    m_competitors->setAccessibleDescription(tr("The competitors people here may favour"));
    m_newCompetitor->setAccessibleName(tr("Competitor's name"));
    m_products->setAccessibleName(tr("Our products in this account"));
    m_products->setAccessibleDescription(tr("The products people here use, specify or buy"));
    m_newProduct->setAccessibleName(tr("Product's name"));

    auto *facts = new QFormLayout;
    facts->addRow(tr("&Name:"), m_name);
    facts->addRow(tr("&Industry:"), m_industry);
    auto *sales = new QHBoxLayout;
    sales->addWidget(m_sales, 1);
    sales->addWidget(m_currency);
    facts->addRow(tr("Annual &sales:"), sales);
    facts->addRow(tr("&Profitability (margin):"), m_profitability);
    facts->addRow(tr("3-year p&otential:"), m_potential);
    facts->addRow(tr("&Lifecycle stage:"), m_stage);
    facts->addRow(tr("Mentor &review every:"), m_cadence);
    facts->addRow(tr("A line is &fresh for:"), m_freshness);
    facts->addRow(tr("Business &objectives:"), m_objectives);
    facts->addRow(tr("&Buying process:"), m_buyingProcess);
    auto *mentor = new QHBoxLayout;
    mentor->addWidget(m_mentor, 1);
    mentor->addWidget(m_newMentor, 1);
    facts->addRow(tr("&Mentor:"), mentor);

    const auto button = [this](const QString &text, const char *objectName) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(objectName));
        b->setAutoDefault(false);
        return b;
    };
    QPushButton *addCompetitorButton = button(tr("Add"), "accountAddCompetitor");
    QPushButton *removeCompetitorButton = button(tr("Remove"), "accountRemoveCompetitor");
    QPushButton *addProductButton = button(tr("Add"), "accountAddProduct");
    QPushButton *removeProductButton = button(tr("Remove"), "accountRemoveProduct");
    addCompetitorButton->setAccessibleName(tr("Add competitor"));
    removeCompetitorButton->setAccessibleName(tr("Remove competitor"));
    addProductButton->setAccessibleName(tr("Add product"));
    removeProductButton->setAccessibleName(tr("Remove product"));
    connect(addCompetitorButton, &QPushButton::clicked, this,
            [this] { addCompetitor(m_newCompetitor->text()); });
    connect(m_newCompetitor, &QLineEdit::returnPressed, this,
            [this] { addCompetitor(m_newCompetitor->text()); });
    connect(removeCompetitorButton, &QPushButton::clicked, this,
            &AccountPropertiesDialog::removeSelectedCompetitor);
    connect(addProductButton, &QPushButton::clicked, this,
            [this] { addProduct(m_newProduct->text()); });
    connect(m_newProduct, &QLineEdit::returnPressed, this,
            [this] { addProduct(m_newProduct->text()); });
    connect(removeProductButton, &QPushButton::clicked, this,
            &AccountPropertiesDialog::removeSelectedProduct);
    auto *lists = new QVBoxLayout;
    lists->addWidget(listBox(tr("Competitors in this account"), m_competitors, m_newCompetitor,
                             addCompetitorButton, removeCompetitorButton, this));
    lists->addWidget(listBox(tr("Our products in this account"), m_products, m_newProduct,
                             addProductButton, removeProductButton, this));
    auto *hint = new QLabel(tr("Which competitor a person favours, and who uses, specifies or "
                               "buys a product, is set per person in the board's inspector."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    lists->addWidget(hint);

    auto *columns = new QHBoxLayout;
    columns->addLayout(facts, 3);
    columns->addLayout(lists, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("accountOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountPropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 600);
    load();
}

void AccountPropertiesDialog::load()
{
    const AccountStore store(m_workspace->database());
    m_account = store.account(m_accountId).value_or(Account{});
    setWindowTitle(tr("%1 — Account Properties").arg(m_account.name));
    m_name->setText(m_account.name);
    m_industry->setText(m_account.industry);
    m_sales->setValue(m_account.annualSales);
    m_currency->setCurrentText(m_account.currency);
    m_profitability->setValue(m_account.profitability);
    m_potential->setValue(m_account.potential3y);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(codeOf(m_account.stage))));
    m_cadence->setValue(m_account.reviewCadenceMonths);
    m_freshness->setValue(m_account.freshnessDays);
    m_objectives->setPlainText(m_account.businessObjectives);
    m_buyingProcess->setPlainText(m_account.buyingProcess);
    m_mentor->clear();
    m_mentor->addItem(tr("(no mentor)"), qint64(0));
    m_mentorId = 0;
    for (const Person &person : PersonStore(m_workspace->database()).people(m_accountId)) {
        if (!person.isTeam())
            continue;
        m_mentor->addItem(person.name, person.id);
        if (person.teamRole == TeamRole::Mentor)
            m_mentorId = person.id;
    }
    m_mentor->setCurrentIndex(qMax(0, m_mentor->findData(m_mentorId)));
    loadLists();
}

void AccountPropertiesDialog::loadLists()
{
    const PersonStore store(m_workspace->database());
    m_competitors->clear();
    for (const auto &[id, name] : store.competitors(m_accountId)) {
        auto *item = new QListWidgetItem(name, m_competitors);
        item->setData(Qt::UserRole, id);
    }
    m_products->clear();
    for (const auto &[id, name] : store.products(m_accountId)) {
        auto *item = new QListWidgetItem(name, m_products);
        item->setData(Qt::UserRole, id);
    }
}

QString AccountPropertiesDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void AccountPropertiesDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool AccountPropertiesDialog::run(WorkspaceCommand *command)
{
    if (!m_workspace->execute(command)) {
        showMessage(m_workspace->errorString());
        return false;
    }
    showMessage({});
    return true;
}

bool AccountPropertiesDialog::addCompetitor(const QString &name)
{
    if (!run(new AddAccountCompetitor(m_workspace, m_accountId, name.trimmed())))
        return false;
    m_newCompetitor->clear();
    loadLists();
    return true;
}

bool AccountPropertiesDialog::addProduct(const QString &name)
{
    if (!run(new AddAccountProduct(m_workspace, m_accountId, name.trimmed())))
        return false;
    m_newProduct->clear();
    loadLists();
    return true;
}

bool AccountPropertiesDialog::removeSelectedCompetitor()
{
    const QListWidgetItem *item = m_competitors->currentItem();
    if (!item) {
        showMessage(tr("Select the competitor to remove first."));
        return false;
    }
    if (!run(new RemoveAccountCompetitor(m_workspace, m_accountId,
                                         item->data(Qt::UserRole).toLongLong())))
        return false;
    loadLists();
    return true;
}

bool AccountPropertiesDialog::removeSelectedProduct()
{
    const QListWidgetItem *item = m_products->currentItem();
    if (!item) {
        showMessage(tr("Select the product to remove first."));
        return false;
    }
    if (!run(new RemoveAccountProduct(m_workspace, m_accountId,
                                      item->data(Qt::UserRole).toLongLong())))
        return false;
    loadLists();
    return true;
}

bool AccountPropertiesDialog::apply()
{
    Account facts = m_account;
    facts.name = m_name->text().trimmed();
    facts.industry = m_industry->text().trimmed();
    facts.annualSales = m_sales->value();
    facts.currency = m_currency->currentText().trimmed().toUpper();
    facts.profitability = m_profitability->value();
    facts.potential3y = m_potential->value();
    facts.reviewCadenceMonths = m_cadence->value();
    facts.freshnessDays = m_freshness->value();
    facts.businessObjectives = m_objectives->toPlainText();
    facts.buyingProcess = m_buyingProcess->toPlainText();
    const QString broken = AccountRules::checkFacts(facts);
    if (!broken.isEmpty()) {
        showMessage(broken);
        return false;
    }
    facts.stage =
        enumFromCode<LifecycleStage>(m_stage->currentData().toString()).value_or(m_account.stage);

    // One undo step for everything OK writes: the facts, a new stage (SetAccountFacts keeps
    // it in the lifecycle history), a new mentor.
    auto *group = new CommandGroup(m_workspace, tr("Edit %1's properties").arg(m_account.name));
    const auto sameFacts = [](const Account &a, const Account &b) {
        return a.name == b.name && a.industry == b.industry && a.annualSales == b.annualSales &&
               a.currency == b.currency && a.profitability == b.profitability &&
               a.potential3y == b.potential3y && a.reviewCadenceMonths == b.reviewCadenceMonths &&
               a.freshnessDays == b.freshnessDays && a.businessObjectives == b.businessObjectives &&
               a.buyingProcess == b.buyingProcess && a.stage == b.stage;
    };
    if (!sameFacts(facts, m_account))
        group->add(new SetAccountFacts(m_workspace, facts));

    const PersonStore people(m_workspace->database());
    const qint64 chosenMentor = m_mentor->currentData().toLongLong();
    const QString newMentor = m_newMentor->text().trimmed();
    const bool mentorChanges = !newMentor.isEmpty() || chosenMentor != m_mentorId;
    if (mentorChanges && m_mentorId) {
        // The previous mentor stays in the team, as a team member.
        if (auto previous = people.person(m_mentorId)) {
            previous->teamRole = TeamRole::Other;
            group->add(new EditPerson(m_workspace, *previous));
        }
    }
    if (!newMentor.isEmpty()) {
        Person mentor;
        mentor.accountId = m_accountId;
        mentor.side = Side::Team;
        mentor.teamRole = TeamRole::Mentor;
        mentor.name = newMentor;
        group->add(new AddPerson(m_workspace, mentor));
    } else if (chosenMentor && chosenMentor != m_mentorId) {
        if (auto next = people.person(chosenMentor)) {
            next->teamRole = TeamRole::Mentor;
            group->add(new EditPerson(m_workspace, *next));
        }
    }
    if (group->size() == 0) {
        delete group;
        return true;
    }
    return run(group);
}

void AccountPropertiesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace Kingside
