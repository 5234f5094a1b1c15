<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>十二五总体规划编制18专项规划- 【阳光易购】</title>
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
	<a href="javascript:void(0)" id="/view/staticpags/cgxqzx/cgxqzx.jsp" title="采购焦点资讯" class="cmsHref_self">采购焦点资讯</a>
	<a href="javascript:void(0)" id="/view/staticpags/cgxqzx/ff8080812ee243a4012eeba79cbe1cae.jsp" title="十二五总体规划编制18专项规划" class="cmsHref_self">十二五总体规划编制18专项规划</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f72d3b7013c" />
				<div class="frameNews">
					<h1>十二五总体规划编制18专项规划</h1>
					<div class="source">
						<span>发布时间：2011-03-25</span>
						<span>发布人：-  </span>
					</div>
					<p><p>据中国之声《新闻和报纸摘要》报道，中共中央政治局常委、国务院副总理李克强20日在京出席第十二届中国发展高层论坛开幕式并致辞。</p>
<p>李克强说，中国发展站在新的起点上，已经开始实施未来五年经济社会发展总体规划，并将围绕转变经济发展方式的关键领域和薄弱环节，编制和实施18个国家级重点专项规划，着力解决发展中不平衡、不协调、不可持续的问题：努力保持经济长期平稳较快发展，这是推进经济发展方式转变的目的，也是它的前提。</p>
<p>李克强强调，转变经济发展方式必须着力扩大内需特别是居民消费需求。将合理调整收入分配关系，实现居民收入增长和经济发展同步、劳动报酬增长和劳动生产率提高同步，还将实施改善民生十大行动计划：今年计划开工建设1000万套保障性住房和棚户区改造。包括大力发展公共<font size="+0">租赁</font>住房。明年还将继续开工建设1000万套保障性住房。同时我国的<font size="+0">医药</font>卫生体制改革也在深入推进，今年的主要任务是促进实现全民基本医保。我们将统筹城乡和区域发展，协调推进工业化、城镇化和农业现代化，逐步使中国国内市场总体规模位居世界前列。</p>
<p>李克强说，中国将进一步加大改革攻坚力度，形成各种所有制经济平等竞争、相互促进新格局，推动经济尽快走上内生增长、创新驱动的<font size="+0">轨</font>道：中国经济已经深深融入世界经济。可以预见中国扩大内需的努力，中国的科技创新和产业升级、中国市场经济体制的完善，将会为各国企业带来更多的商机，为世界经济增长提供新的机遇乃至于新的拉动力量。开幕式前，李克强会见了参加论坛的外方主要来宾。</p>
<div id="relaword">&nbsp;
<div>百佳诚信投标企业；<a href="http://www.paihang360.com/zt/jujiao2011/cxcompany.jsp"><font color="#800080">http://www.paihang360.com/zt/jujiao2011/cxcompany.jsp</font></a></div>
</div>
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