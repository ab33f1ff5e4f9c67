#include "CriteriaSets.h"

#include <QCoreApplication>

namespace Kingside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::CriteriaSets", text);
}

struct Spec
{
    const char *name;
    const char *description;
    ScoringAxis axis;
    double weight;
};

QList<Criterion> criteriaFrom(std::initializer_list<Spec> specs)
{
    QList<Criterion> criteria;
    int position = 0;
    for (const Spec &spec : specs)
        criteria.append(
            {0, tr(spec.name), tr(spec.description), spec.axis, spec.weight, position++});
    return criteria;
}

constexpr ScoringAxis A = ScoringAxis::Attractiveness;
constexpr ScoringAxis S = ScoringAxis::Strength;

} // namespace

QList<CriteriaSet> CriteriaSets::all()
{
    static const QList<CriteriaSet> sets{
        {QStringLiteral("balanced"), tr("Balanced"),
         tr("Today's size and tomorrow's potential weighed alike; a good first set."),
         criteriaFrom({
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Sales volume"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Annual sales to the account today"), A,
              20},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Growth potential"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Realistic growth over three years"), A,
              25},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Profitability"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Margin after the cost to serve"), A, 20},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Strategic fit"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Fit with our products and direction"), A,
              20},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Prestige and reference value"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Value as a public reference"), A, 15},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Relationship quality"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Breadth and depth of our relationships"),
              S, 30},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Share of wallet"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets",
                                "Our share of their spend in our category"),
              S, 25},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Ease of doing business"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Processes, payment, decision speed"), S,
              20},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Solution fit as they see it"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "How the customer rates our offer"), S,
              25},
         })},
        {QStringLiteral("growth"), tr("Growth first"),
         tr("For a business that must grow: potential and fit count most, size today least."),
         criteriaFrom({
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Growth potential"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Realistic growth over three years"), A,
              40},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Strategic fit"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Fit with our products and direction"), A,
              25},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Sales volume"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Annual sales to the account today"), A,
              15},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Openness to partnership"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets",
                                "Whether they want a key supplier relationship at all"),
              A, 20},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Relationship quality"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Breadth and depth of our relationships"),
              S, 35},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Solution fit as they see it"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "How the customer rates our offer"), S,
              35},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Share of wallet"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets",
                                "Our share of their spend in our category"),
              S, 30},
         })},
        {QStringLiteral("profit"), tr("Profit first"),
         tr("For a business that must earn: margin and ease of serving count most."),
         criteriaFrom({
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Profitability"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Margin after the cost to serve"), A, 40},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Sales volume"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Annual sales to the account today"), A,
              30},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Growth potential"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Realistic growth over three years"), A,
              20},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Payment record"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Pays on time, few disputes"), A, 10},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Ease of doing business"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Processes, payment, decision speed"), S,
              40},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Share of wallet"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets",
                                "Our share of their spend in our category"),
              S, 30},
             {QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Relationship quality"),
              QT_TRANSLATE_NOOP("Kingside::CriteriaSets", "Breadth and depth of our relationships"),
              S, 30},
         })},
    };
    return sets;
}

const CriteriaSet *CriteriaSets::find(const QString &id)
{
    static const QList<CriteriaSet> sets = all();
    for (const CriteriaSet &set : sets) {
        if (set.id == id)
            return &set;
    }
    return nullptr;
}

} // namespace Kingside
