namespace Regional.Purchasing.Tariffs;

/// <summary>What decides which tariff is in force: the stored tariff and the face's copy share the one rule.</summary>
internal interface ITariffTerms
{
    Guid ProductId { get; }

    Guid? ContractId { get; }

    DateOnly ValidFrom { get; }

    DateOnly ValidTo { get; }
}
