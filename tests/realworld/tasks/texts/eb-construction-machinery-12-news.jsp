<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>工程机械十二五规划发布 销售和出口将双倍增- 【阳光易购】</title>
<c:import url="/view/srplatform/common/init.jsp">
	<c:param name="isLastLoadPage">
		true
	</c:param>
</c:import>

<!--CSS-->
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/web.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/skin07/css/seller.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/listDetail.css" />
<!--JS-->
<script type="text/javascript" src='/view/srplatform/portal/include/common.js'></script>
</head>

<body>

<div id="container">
	<!-- 头部开始 -->
	<div class="header">
		<%@ include file="/view/srplatform/portal/include/main_header_index.jsp" %>
	</div>
	<!-- 头部结束-->
    <!--主要内容 开始-->
	<div id="sysContent" class="page">
		<div id="contentSub" class="index3pa">
			<%@ include file="/view/staticpags/load/left_cms.jsp" %>
		</div>
		<div id="contentMain" class="index3pa">
			<div id="conTitle">
				<div class="navCurrent ">

	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/staticpags/goodszx/goodszx.jsp" title="供货资讯" class="cmsHref_self">供货资讯</a>
	<a href="javascript:void(0)" id="/view/staticpags/goodszx/ff8080813176735601318800eaf00b12.jsp" title="工程机械十二五规划发布 销售和出口将双倍增" class="cmsHref_self">工程机械十二五规划发布 销售和出口将双倍增</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f7274030138" />
				<div class="frameNews">
					<h1>工程机械十二五规划发布 销售和出口将双倍增</h1>
					<div class="source">
						<span>发布时间：2011-08-02</span>
						<span>发布人：-中国证券网-上海证券报  </span>
					</div>
					<p><P>记者昨日从中国工程机械工业协会获悉，中国工程机械行业“十二五”发展规划已正式发布。</P>
<P>规划指出，按照调结构转变增长方式的发展思路，预测到2015年，我国工程机械行业的销售收入和出口额均比2010年翻一番以上。</P>
<P>固定资产投资助力收入倍增</P>
<P>协会人士介绍说，2010年6月起，中国工程机械工业协会受工信部装备工业司的委托，主持编制工程机械行业“十二五”规划，经过了一年多的调研、编制、修改和评审，规划日前正式公布。</P>
<P>规划从行业现状及“十一五”期间发展概况、行业发展存在的主要问题及制约因素、“十二五”期间市场需求预测、“十二五”期间发展战略与指导思想、“十二五”发展规划目标、发展重点及主要任务、政策性建议和措施意见等七个方面对行业发展状况和前景进行了阐述和规划。</P>
<P>规划指出，按照调结构转变增长方式的发展思路，</P>
<P>预测到2015年我国工程机械行业的销售规模将达到9000亿元，年平均增长率大约为17%，其中出口260亿美元左右。2015年全行业销售收入和出口额均比2010年翻一番以上。</P>
<P>业内人士指出，固定资产投资的平稳增长依然是工程机械行业增长的重要驱动力。其中，水利建设、保障房、公路、机场建设等方面的发展，都将会使我国基础设施建设继续保持一定的投资强度，从而直接拉动挖掘机、装载机、推土机、起重机等工程机械产品的需求。</P>
<P>东北证券分析师周思立预计，“十二五”期间，我国的固定资产投资将在20%左右，为工程机械行业实现“倍增”的销售目标提供保障。</P>
<P>龙头企业借创新“独占”市场</P>
<P>按照2010年工程机械行业销售收入4000亿元左右的基数计算，2015年全行业的销售收入应该在8000亿元以上。而“倍增”的销售目标意味着龙头企业的市场占有率将有明显提升。</P>
<P>记者了解到，三一重工和徐工集团2015年的销售计划都在3000亿元左右;中联重科将超过千亿规模;厦工，柳工等工程机械企业的销售收入预计也将接近或者超过千亿规模。这意味着工程机械行业的新进入者几乎没有市场空间。</P>
<P>龙头企业实现“独占”市场的目标主要是通过技术创新实现的。规划明确，“十二五”行业发展战略是：推进我国工程机械产业由制造大国向制造强国的转变，初步形成具有国际前沿水平的主机产品、基础技术、功能部件的研发与制造体系。主要产品达到国际平均先进技术水平，实现我国工程机械产业由粗放型、模仿型、数量型向科技创新、质量、效益型的转变。</P>
<P>在上市公司中，三一重工每年投入销售收入的5%反哺科研，如此形成良性循环;徐工、中联等也具备一定的科研实力。</P>
<P>市场人士认为，以上龙头公司拥有技术积累和品牌沉淀等多重优势，预计未来五年的目标销售收入所对应的年均复合增长率均在25%-30%之间，高于行业的平均增速8个百分点以上。</P>
</p>
				</div>
			</div>
		</div>
	</div>
	<!--主要内容 结束-->
	<!-- 脚开始 -->
	<div class="footer">
	    <%@ include file="/view/srplatform/portal/include/foot.jsp" %>
	</div>
	<!-- 脚结束 -->
</div>
</body>

</html>

<script>
	// 为左边栏设定选中样式,判断用于解决点击左边栏后样式被覆盖问题
	var id = $("#channelId").val();
	if(null != $('.subnav>li[id='+id+']').html()) {
		$('.subnav>li').removeClass('selected');
		$('.subnav>li[id='+id+']').addClass('selected');
	}
</script>