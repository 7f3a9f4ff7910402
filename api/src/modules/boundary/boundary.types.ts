import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/date-scalar.js';
import { UnitKind } from '../../shared/enums.js';

/**
 * The answer of `boundaries`: a GeoJSON FeatureCollection (RFC 7946) as typed GraphQL, so that the
 * answer with every field asked is a file GIS tools and chartjs-chart-geo read as it is.
 */
@ObjectType({ description: 'Thuộc tính ranh giới — the unit a boundary (Ranh giới) belongs to, and its span and source.' })
export class BoundaryProperties {
  @Field(() => String, { description: 'Mã đơn vị — the unit\'s code (what a boundary file keys its features by, `unit_code`).' })
  unitCode!: string;

  @Field(() => String, { description: 'Tên đơn vị — the unit\'s Vietnamese name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The unit\'s English name.' })
  nameEn!: string | null;

  @Field(() => UnitKind, { description: 'Loại đơn vị — the unit\'s kind (WARD, COMMUNE…).' })
  kind!: UnitKind;

  @Field(() => String, { nullable: true, description: 'Mã đơn vị cấp trên — the code of the unit\'s parent (its district before 2025-07-01).' })
  parentCode!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Hiệu lực từ — first day this shape holds; null = from the unit\'s start.' })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Hiệu lực đến — last day this shape holds; null = until the unit ends.' })
  validTo!: string | null;

  @Field(() => String, { description: 'Loại nguồn — the kind of the boundary\'s source document (REFERENCE, REPORT, DEMO…).' })
  sourceKind!: string;

  @Field(() => String, { description: 'Nguồn — the title of the document the boundary comes from (every boundary says where it came from).' })
  sourceTitle!: string;
}

@ObjectType({ description: 'Ranh giới — one unit\'s boundary as a GeoJSON Feature.' })
export class BoundaryFeature {
  @Field(() => String, { description: 'Always "Feature" (GeoJSON).' })
  type!: 'Feature';

  @Field(() => String, { description: 'The unit\'s code, as the GeoJSON feature id.' })
  id!: string;

  @Field(() => GraphQLJSON, { description: 'Hình dạng — the GeoJSON geometry: a Polygon or MultiPolygon in longitude/latitude (WGS 84).' })
  geometry!: object;

  @Field(() => BoundaryProperties, { description: 'The unit and the span of this shape.' })
  properties!: BoundaryProperties;
}

@ObjectType({ description: 'Ranh giới các đơn vị — the boundaries of the units on a day, as a GeoJSON FeatureCollection; empty when none are loaded.' })
export class BoundaryCollection {
  @Field(() => String, { description: 'Always "FeatureCollection" (GeoJSON).' })
  type!: 'FeatureCollection';

  @Field(() => DateScalar, { description: 'Ngày — the day the boundaries hold on.' })
  asOf!: string;

  @Field(() => [BoundaryFeature], { description: 'One feature per unit active on `asOf` that has a boundary then, ordered by unit code.' })
  features!: BoundaryFeature[];
}
