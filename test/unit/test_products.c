/*
 * test_products.c
 *	  Unit tests of the product model without a server (src/world.c,
 *	  "products", data in src/words.c): price bands per noun, prices inside
 *	  them with varied endings, popularity that favours cheap products of
 *	  categories that sell, stock episodes in absolute time, basket data.
 *	  libm is used here to measure, never by the model.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"
#include "unit.h"

#define DAY SG_USECS_PER_DAY

static void
scenario(SgScenario *sc)
{
	memset(sc, 0, sizeof(*sc));
	strcpy(sc->name, "unit");
	sc->seed = 1;
	sc->signups_from = 700 * DAY * 10;	/* 2019 */
	sc->signups_until = sc->signups_from + 1000 * DAY;
}

static int
noun_count(const SgSubcategory *s)
{
	int			n;

	for (n = 0; n < SG_MAX_NOUNS && s->nouns[n]; n++)
		;
	return n;
}

static int
find_noun(const char *noun, int *sub)
{
	int			i,
				k;

	for (i = 0; i < sg_n_subcategories; i++)
		for (k = 0; k < noun_count(&sg_subcategories[i]); k++)
			if (strcmp(sg_subcategories[i].nouns[k], noun) == 0)
			{
				*sub = i;
				return k;
			}
	*sub = -1;
	return -1;
}

/* the data: bands, envelopes, quantity classes, complements */
static void
test_data(void)
{
	int			bad_band = 0,
				bad_env = 0,
				bad_qty = 0,
				bad_comp = 0,
				nqty[3] = {0},
				ncomp = 0,
				i,
				k,
				s;

	CHECK(sg_n_subcategories <= SG_MAX_SUBCATEGORIES, "%d subcategories > SG_MAX_SUBCATEGORIES",
		  sg_n_subcategories);
	for (i = 0; i < sg_n_subcategories; i++)
	{
		const SgSubcategory *sub = &sg_subcategories[i];
		int32_t		pmin = INT32_MAX,
					pmax = 0,
					wmin = INT32_MAX,
					wmax = 0;

		for (k = 0; k < noun_count(sub); k++)
		{
			const SgNounBand *b = &sub->bands[k];

			if (!(b->price_min >= 199 && b->price_min < b->price_max &&
				  b->weight_min >= 10 && b->weight_min < b->weight_max &&
				  b->price_max / b->price_min < 100))
			{
				printf("  %s: band %d..%d cents, %d..%d g\n", sub->nouns[k],
					   b->price_min, b->price_max, b->weight_min, b->weight_max);
				bad_band++;
			}
			if ((int) b->qty < SG_QTY_ONE || (int) b->qty > SG_QTY_MANY)
				bad_qty++;
			else
				nqty[b->qty]++;
			pmin = b->price_min < pmin ? b->price_min : pmin;
			pmax = b->price_max > pmax ? b->price_max : pmax;
			wmin = b->weight_min < wmin ? b->weight_min : wmin;
			wmax = b->weight_max > wmax ? b->weight_max : wmax;
		}
		for (; k < SG_MAX_NOUNS; k++)
			if (sub->bands[k].price_max != 0)
				bad_band++;		/* a band without its noun */
		if (pmin != sub->price_min || pmax != sub->price_max ||
			wmin != sub->weight_min || wmax != sub->weight_max)
		{
			printf("  %s: envelope %d..%d, %d..%d, nouns give %d..%d, %d..%d\n",
				   sub->name, sub->price_min, sub->price_max, sub->weight_min,
				   sub->weight_max, pmin, pmax, wmin, wmax);
			bad_env++;
		}
		if (sub->complement)
		{
			int			found = -1;

			for (k = 0; k < sg_n_subcategories; k++)
				if (strcmp(sg_subcategories[k].name, sub->complement) == 0)
					found = k;
			if (found < 0 || found == i)
			{
				printf("  %s: complement \"%s\"\n", sub->name, sub->complement);
				bad_comp++;
			}
			ncomp++;
		}
	}
	CHECK(bad_band == 0, "noun bands: %d bad", bad_band);
	CHECK(bad_env == 0, "subcategory bands are not their nouns' envelope: %d", bad_env);
	CHECK(bad_qty == 0, "quantity classes out of range: %d", bad_qty);
	CHECK(nqty[SG_QTY_ONE] >= 40 && nqty[SG_QTY_FEW] >= 40 && nqty[SG_QTY_MANY] >= 30,
		  "quantity classes %d/%d/%d", nqty[0], nqty[1], nqty[2]);
	CHECK(bad_comp == 0 && ncomp >= 20, "complements: %d bad, %d in all", bad_comp, ncomp);

	/* a lawn mower costs what a lawn mower costs */
	k = find_noun("Lawn Mower", &s);
	CHECK(k >= 0 && sg_subcategories[s].bands[k].price_min >= 10000 &&
		  sg_subcategories[s].bands[k].qty == SG_QTY_ONE, "Lawn Mower's band");
	k = find_noun("Sleeping Bag", &s);
	CHECK(k >= 0 && sg_subcategories[s].bands[k].price_max <= 50000, "Sleeping Bag's band");
	k = find_noun("Crew Socks", &s);
	CHECK(k >= 0 && sg_subcategories[s].bands[k].price_max <= 3000 &&
		  sg_subcategories[s].bands[k].qty == SG_QTY_MANY, "Crew Socks' band");
	k = find_noun("OLED TV", &s);
	CHECK(k >= 0 && sg_subcategories[s].bands[k].qty == SG_QTY_ONE, "OLED TV's class");
	for (i = 0; i < sg_n_subcategories; i++)
		if (sg_subcategories[i].category == sg_subcategories[s].category &&
			strcmp(sg_subcategories[i].name, "Cameras") == 0)
			CHECK(sg_subcategories[i].complement &&
				  strcmp(sg_subcategories[i].complement, "Chargers & Cables") == 0,
				  "a camera's complement");
}

/* every product of a 100k catalog: inside its noun's bands, endings varied */
static void
test_prices(void)
{
	SgScenario	sc;
	SgWorld		w;
	int32_t		n = 100000,
				id;
	int			outside = 0,
				bad_cost = 0,
				bad_core = 0,
				bad_stock = 0,
				bad_names = 0,
				endings[100] = {0},
				top = 0,
				nvaried = 0,
				k;

	scenario(&sc);
	sg_world_init(&w, &sc, 11, 1000, n, 50);
	for (id = 1; id <= n; id++)
	{
		SgProduct	p;
		SgProductCore pc;
		SgRng		r;
		const SgNounBand *b;

		sg_product_get(&w, id, &p);
		sg_product_core(&w, id, &pc, &r);
		b = &sg_subcategories[pc.subcategory].bands[pc.noun];
		if (p.list_price < b->price_min || p.list_price > b->price_max ||
			p.weight_g < b->weight_min || p.weight_g > b->weight_max)
			outside++;
		if (!(p.unit_cost > 0 && p.unit_cost < p.list_price))
			bad_cost++;
		if (pc.list_price != p.list_price || pc.qty_class != (int16_t) b->qty ||
			pc.complement_subcategory != w.complement_of[pc.subcategory] ||
			pc.category != sg_subcategories[pc.subcategory].category)
			bad_core++;
		if (p.stock_qty <= 0)
			bad_stock++;
		if (strstr(p.name, sg_subcategories[pc.subcategory].nouns[pc.noun]) == NULL)
			bad_names++;
		endings[p.list_price % 100]++;
	}
	for (k = 0; k < 100; k++)
	{
		if (endings[k] > endings[top])
			top = k;
		nvaried += endings[k] >= n * 3 / 100;
	}
	printf("  endings: .99 %.1f %%, .00 %.1f %%, .95 %.1f %%, .49 %.1f %%, .50 %.1f %%\n",
		   100.0 * endings[99] / n, 100.0 * endings[0] / n, 100.0 * endings[95] / n,
		   100.0 * endings[49] / n, 100.0 * endings[50] / n);
	CHECK(outside == 0, "%d prices or weights outside their noun's band", outside);
	CHECK(bad_cost == 0, "%d products with unit_cost outside (0, list_price)", bad_cost);
	CHECK(bad_core == 0, "%d cores disagree with their products", bad_core);
	CHECK(bad_stock == 0, "%d products with a restock level <= 0", bad_stock);
	CHECK(bad_names == 0, "%d names without their noun", bad_names);
	CHECK(endings[top] <= n * 60 / 100, "ending .%02d on %d of %d prices", top, endings[top], n);
	CHECK(nvaried >= 4, "only %d endings above 3 %%", nvaried);
	CHECK(endings[99] >= n * 20 / 100, ".99 on %d of %d prices", endings[99], n);
}

/*
 * Popularity: ranks a permutation, subcategories recomputable, cheaper
 * products sell more and no product dominates.  Expected units are
 * 1 / rank (Zipf), expected revenue price / rank.
 */
static void
measure(int32_t n, uint64_t seed, double *corr, double *top_share, double *cat_units)
{
	SgScenario	sc;
	SgWorld		w;
	double		sx = 0,
				sy = 0,
				sxx = 0,
				syy = 0,
				sxy = 0,
				rev = 0,
				top = 0;
	int32_t		id;

	scenario(&sc);
	sg_world_init(&w, &sc, seed, 1000, n, 50);
	if (cat_units)
		memset(cat_units, 0, sizeof(double) * sg_n_categories);
	for (id = 1; id <= n; id++)
	{
		SgProductCore pc;
		SgRng		r;
		int32_t		rank = (int32_t) sg_perm_apply(&w.rank_perm, (uint64_t) (id - 1)) + 1;
		double		x,
					y;

		sg_product_core(&w, id, &pc, &r);
		x = log((double) pc.list_price);
		y = -log((double) rank);
		sx += x;
		sy += y;
		sxx += x * x;
		syy += y * y;
		sxy += x * y;
		rev += (double) pc.list_price / rank;
		if ((double) pc.list_price / rank > top)
			top = (double) pc.list_price / rank;
		if (cat_units)
			cat_units[pc.category] += 1.0 / rank;
	}
	*corr = (sxy - sx * sy / n) / sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
	*top_share = top / rev;
}

static void
test_popularity(void)
{
	SgScenario	sc;
	SgWorld		w;
	int32_t		n = 100000,
				id;
	uint8_t    *seen = calloc(n + 1, 1);
	int			dup = 0,
				inverse = 0,
				wrong_sub = 0,
				missing = 0,
				s,
				i;
	int64_t		counted = 0;
	double		corr,
				share,
				units[32],
				catalog[32] = {0},
				total = 0;
	uint64_t	seed;

	scenario(&sc);
	sg_world_init(&w, &sc, 5, 1000, n, 50);
	for (id = 1; id <= n; id++)
	{
		SgProduct	p;

		sg_product_get(&w, id, &p);
		if (p.popularity_rank < 1 || p.popularity_rank > n || seen[p.popularity_rank]++)
			dup++;
		if (sg_product_by_rank(&w, p.popularity_rank) != id)
			inverse++;
	}
	CHECK(dup == 0 && inverse == 0, "popularity ranks: %d repeated, %d not inverted", dup, inverse);

	/* the k-th product of a subcategory is one of it, every product reachable */
	for (s = 0; s < sg_n_subcategories; s++)
	{
		SgRng		r;

		counted += sg_subcategory_products(&w, s);
		sg_rng_stream(&r, 9, 99, (uint64_t) s);
		for (i = 0; i < 2000; i++)
		{
			int32_t		pid = sg_product_in_subcategory(&w, s, &r, NULL);
			SgProductCore pc;
			SgRng		r2;

			if (pid < 1 || pid > n)
			{
				missing++;
				continue;
			}
			sg_product_core(&w, pid, &pc, &r2);
			if (pc.subcategory != s)
				wrong_sub++;
		}
	}
	CHECK(counted == n, "subcategory counts sum to %lld, not %d", (long long) counted, n);

	/* a product of a category is one of it, cheap and popular ones first */
	for (i = 0; i < sg_n_categories; i++)
	{
		SgRng		r;
		int			k;

		sg_rng_stream(&r, 9, 98, (uint64_t) i);
		for (k = 0; k < 2000; k++)
		{
			int32_t		pid = sg_product_in_category(&w, i, &r, NULL);
			SgProductCore pc;
			SgRng		r2;

			if (pid < 1 || pid > n)
			{
				missing++;
				continue;
			}
			sg_product_core(&w, pid, &pc, &r2);
			if (pc.category != i)
				wrong_sub++;
		}
	}
	CHECK(wrong_sub == 0 && missing == 0,
		  "sg_product_in_category: %d of another category, %d missing", wrong_sub, missing);
	CHECK(sg_product_in_category(&w, -1, NULL, NULL) == 0 &&
		  sg_product_in_category(&w, sg_n_categories, NULL, NULL) == 0, "bad categories answer 0");
	CHECK(wrong_sub == 0 && missing == 0,
		  "sg_product_in_subcategory: %d of another subcategory, %d missing", wrong_sub, missing);

	/* a tiny catalog: subcategories without products answer 0 */
	sg_world_init(&w, &sc, 5, 1000, 3, 5);
	counted = 0;
	for (s = 0; s < sg_n_subcategories; s++)
	{
		SgRng		r;
		int32_t		pid;

		sg_rng_stream(&r, 9, 99, (uint64_t) s);
		pid = sg_product_in_subcategory(&w, s, &r, NULL);
		counted += sg_subcategory_products(&w, s);
		if ((sg_subcategory_products(&w, s) == 0) != (pid == 0))
			missing++;
	}
	CHECK(counted == 3 && missing == 0, "a 3-product catalog: %lld counted, %d wrong",
		  (long long) counted, missing);

	/* cheaper sells more, no product dominates, over several seeds */
	for (seed = 1; seed <= 5; seed++)
	{
		measure(2000, seed, &corr, &share, NULL);
		printf("  2000 products, seed %d: corr(ln price, ln units) %.3f, top product %.1f %% of revenue\n",
			   (int) seed, corr, 100 * share);
		CHECK(corr <= -0.25, "seed %d: corr(ln price, ln units) = %.3f", (int) seed, corr);
		CHECK(share <= 0.05, "seed %d: the top product has %.1f %% of revenue", (int) seed, 100 * share);
	}
	measure(100000, 1, &corr, &share, units);
	printf("  100000 products: corr %.3f, top product %.2f %% of revenue\n", corr, 100 * share);
	CHECK(corr <= -0.2, "100k products: corr(ln price, ln units) = %.3f", corr);

	/* category matters: groceries sell more per product than garden tools */
	for (i = 0; i < sg_n_categories; i++)
		total += units[i];
	sg_world_init(&w, &sc, 1, 1000, 100000, 50);
	for (s = 0; s < sg_n_subcategories; s++)
		catalog[sg_subcategories[s].category] += sg_subcategory_products(&w, s);
	for (i = 0; i < sg_n_categories; i++)
		printf("  %-24s %5.1f %% of the catalog, %5.1f %% of units\n", sg_categories[i].name,
			   catalog[i] / 1000.0, 100 * units[i] / total);
	CHECK(units[8] / total > catalog[8] / 100000 * 1.5, "groceries do not sell more per product");
	CHECK(units[9] / total < catalog[9] / 100000, "garden tools sell more than their share");
	free(seen);
}

/* stock episodes in absolute time */
static void
test_stock(void)
{
	SgScenario	sc;
	SgWorld		w;
	SgRng		r;
	int			i,
				out = 0,
				low = 0,
				bad_back = 0,
				bad_until = 0,
				nsamples = 200000;

	scenario(&sc);
	sg_world_init(&w, &sc, 3, 1000, 50000, 50);
	sg_rng_stream(&r, 3, 77, 1);
	for (i = 0; i < nsamples; i++)
	{
		int32_t		id = 1 + (int32_t) sg_rng_below(&r, 50000);
		/* 2000 .. 2040, and a few before 2000 */
		int64_t		t = (int64_t) sg_rng_below64(&r, (uint64_t) (14600 * DAY)) - 200 * DAY;
		int64_t		until,
					until2;
		SgStockState st = sg_product_stock_at(&w, id, t, &until);

		if (until <= t)
			bad_until++;
		if (st == SG_STOCK_LOW)
			low++;
		if (st == SG_STOCK_OUT)
		{
			out++;
			if (!sg_product_out_of_stock(&w, id, t, &until2) || until2 != until ||
				sg_product_out_of_stock(&w, id, until, &until2) ||
				!sg_product_out_of_stock(&w, id, until - 1, &until2) ||
				sg_product_stock_at(&w, id, until - 1, &until2) != SG_STOCK_OUT)
				bad_back++;
		}
		else
		{
			/* the state holds until `until` */
			if (sg_product_stock_at(&w, id, until - 1, &until2) != st)
				bad_until++;
		}
	}
	printf("  stock: %.2f %% out, %.2f %% low over %d (product, instant) samples\n",
		   100.0 * out / nsamples, 100.0 * low / nsamples, nsamples);
	CHECK(out >= nsamples * 15 / 1000 && out <= nsamples * 5 / 100,
		  "out of stock at %.2f %% of samples, want 1.5-5 %%", 100.0 * out / nsamples);
	CHECK(low > 0 && low < out * 3, "low stock at %d samples", low);
	CHECK(bad_back == 0, "%d out-of-stock samples with a wrong back_at", bad_back);
	CHECK(bad_until == 0, "%d samples whose state does not hold until `until`", bad_until);

	/* a pure function: another world object, same answers */
	{
		SgWorld		w2;
		int			differ = 0;

		sg_world_init(&w2, &sc, 3, 1000, 50000, 50);
		sg_rng_stream(&r, 3, 77, 2);
		for (i = 0; i < 10000; i++)
		{
			int32_t		id = 1 + (int32_t) sg_rng_below(&r, 50000);
			int64_t		t = (int64_t) sg_rng_below64(&r, (uint64_t) (9000 * DAY));
			int64_t		a,
						b;

			if (sg_product_stock_at(&w, id, t, &a) != sg_product_stock_at(&w2, id, t, &b) ||
				a != b)
				differ++;
		}
		CHECK(differ == 0, "stock answers differ between equal worlds: %d", differ);
	}
}

int
main(void)
{
	test_data();
	test_prices();
	test_popularity();
	test_stock();
	return unit_report("test_products");
}
