-- The product code in the message traffic (iJw/iWmo ProductCode), unique per domain and category in a region.
ALTER TABLE purchasing.products ADD national_code text;
CREATE UNIQUE INDEX ix_products_region_id_domain_category_code_national_code ON purchasing.products (region_id, domain, category_code, national_code);
